//! Articles written for the bundled Karabakh pack after the seeds, in the
//! styles the newsrooms that use it write: wire copy with a dateline,
//! analysis, Markdown with front matter, anniversaries. Each holds true
//! claims, paraphrases, and a few planted errors; the checker must find the
//! planted errors it can and nothing else. They were written to find false
//! alarms (`tests/fixtures/articles/karabakh/`, 65 files), and each false
//! alarm they found is now a rule of binding in `rules/README.md` and a row
//! of `tests/edits.rs`.
//!
//! Planted and caught: a war of "45 days", a mandate of "10 years", a
//! deployment "on 10 November 2021". Planted and left alone by design: a
//! year-less "late February" after the article's date (relative dates are
//! not anachronisms), and "deployed for five years" of a contingent that
//! stayed three and a half (which the text does not say is the mandate).
//!
//! The `ki-` files (2026-12-05) plant a mandate of "ten years", a war of
//! "two months", an exodus of "roughly 150,000", a ceasefire "on 12 May
//! 1995", a dissolution "on 1 January 2025", a deployment "since 2021" and
//! a wrong name, all caught. Missed by design: "December 2021, when
//! eco-activists closed the Lachin corridor" ("closed" is no cue of the
//! blockade's start: a road is "still closed" long after) and "the
//! contingent's nearly 5,000 troops" (a generic name with no context word
//! in its sentence). "Aliyev arrived in Moscow on Monday, 22 April" in a
//! sentence about the peacekeepers was a false alarm they found.
//!
//! The `kj-` files plant a wrong weekday and 31 September, both caught. They
//! found two false alarms: "a decree dissolving the republic's institutions
//! from 1 January 2024" dated the decree, and "ratified the Rome Statute on
//! 3 October 2023" disagreed with "1 February 2024", though the rule bears
//! out both; and in a Markdown list (`kj-j3.md`), "5. **0** — peacekeepers
//! left in Karabakh" read the list's number and the zero left as the
//! contingent's strength, and "12 June 2024, when Azerbaijan said the
//! withdrawal was complete" dated the confirmation by the name "withdrawal".
//!
//! The `kl-` files (2026-12-05) were written blind: by a writer who read the
//! facts and the seeds but had not run the checker. They plant 15 errors;
//! caught are a "54-day" war, an offensive of "September 2022", a wrong
//! weekday, 31 September, a past "became … on 1 February 2024" in an
//! article of January 2024 (missed until irregular past forms counted),
//! "well over 3,000" peacekeepers, "CTSO", "1 February last year" (read
//! as "1 February" until day-month dates took a relative year), and the
//! timeline line "30 October 2022 — Putin hosts Aliyev and Pashinyan in
//! Sochi" (until a timeline's date dated its entry, and "and" between two
//! names stopped joining clauses). Missed:
//! dates and counts in sentences that name the subject only in another
//! paragraph ("Peskov first confirmed in March that the pull-out had
//! begun", "the contingent had been due to stay until November 2026"), an
//! exodus of "150,000" that no name of the exodus dates, "Three years ago
//! this week, Azerbaijan's army swept into …" ("swept" is no cue), and
//! "In December 2021 a group
//! … presenting themselves as environmental activists" (no name of the
//! blockade). The false alarm they found: "a mission that Moscow launched at
//! the end of the autumn 2020 war" read "the end of the autumn" alone, in
//! 2023, as the war's start.
//!
//! The `km-` files were written blind by a second writer. They plant 15
//! errors; 11 are caught (a strength of "more than 2,000", a mandate ending
//! "next year" in 2025, a ceasefire in "May 1995", an exodus of "fewer than
//! 90,000", "OCSE", a deployment in "early 2021", a wrong weekday, a past
//! signing after the article's date, 31 September, a Prague meeting in
//! 2021, a blockade "three years ago"). Missed: a deadline "will cease to
//! exist by 1 January 2025" (a deadline is no date of the event), "The last
//! Russian troops, with their weapons and equipment, left Karabakh in March"
//! (the cue "last" too far from the date), "held talks with Vladimir Putin
//! in the Kremlin on Tuesday" (no cue of the visit), and "That war, which
//! lasted nearly three months in the autumn of 2020" (a generic name with
//! no context word in its sentence). No false alarm. The last is caught
//! since the bundled pack stopped excluding the 2020 war from sentences
//! that say "1990s": a date of the 1990s is another time anyway, and the
//! word ruled out sentences that name the war and look back ("the
//! territory they took in the 1990s").
//!
//! The `kn-` files, a third blind set (a brief, a long read, a fact-check,
//! a live blog), plant 13 errors; 11 were caught, 12 now: "The Russian
//! contingent, which at its peak numbered nearly 5,000 troops, was deployed
//! three years ago" in April 2024 (2021) was missed until a clause after a
//! comma and a name of the subject, opening with a past verb, was read as
//! said of that subject (2026-12-05, round 22). Missed:
//! an entry into force "two years ago" in February 2025 (2023, which
//! overlaps the rule's span from ratification to entry into force).
//! They found one false alarm, now fixed ("No Russian troops were stationed
//! in Karabakh in 2019", a denied subject), and the fact-check's quotation
//! of the false claim it corrects is reported, as advice, since it is in
//! a quotation.
//!
//! The `ko-` files, a fourth blind set (a wire report, an explainer, a
//! feature on a displaced family, a timeline, an op-ed), were scored before
//! any change was made for them: 13 of their 14 planted errors were caught,
//! with one false alarm, the timeline entry "Wednesday, 12 June 2024:
//! Azerbaijan's defence ministry says the withdrawal is complete: …" read
//! as the withdrawal's confirmation (its clause ended at the colon after
//! the date; it is now the entry's first clause, which holds "complete").
//! Still missed: "one of some 120,000 Armenians who fled" (120,000 said
//! with "some" reaches down to 102,000, which the rule's 100,600 ± 2%
//! meets).
//!
//! The `kp-` files, a fifth blind set (a Q&A explainer, a long read, a
//! brief, a live blog, a corrections column), were scored the same way: 12
//! of 14 caught, with two false alarms. One is fixed: the citation "A
//! profile of Armenia's foreign minister (30 June) said …" read as the date
//! Armenia joined the ICC (a date alone in brackets after a word no rule
//! knows now dates that word). The other is pinned below: officials "had
//! said in April that the last Russian peacekeepers were scheduled to leave
//! Karabakh by the end of May", read as the mandate's end. Missed: "The
//! Kremlin confirmed on Tuesday" in a Friday's article (a bare weekday is
//! read as the week either side, which holds the 17th), and "The
//! peacekeepers, who arrived in December 2020 under the trilateral
//! statement …" (the date's clause, between its commas, names the statement
//! and not the peacekeepers, so "arrived" was read as the statement's;
//! caught since round 32: a relative clause right after a name of the
//! subject and a comma is said of that subject).
//!
//! The `kq-` files, a sixth blind set (a wire report, an explainer, a
//! timeline, a feature, an op-ed), were scored the same way: 13 of 14
//! caught, with two false alarms, both fixed. The timeline entry "Sunday
//! 23 April 2023 — Azerbaijan installed a checkpoint at the Hakari bridge,
//! …, tightening a Lachin blockade that had already lasted more than four
//! months" dated the blockade's start (a name in a clause that modifies
//! another no longer dates an entry), and "Within 24 hours the separatists
//! agreed to disarm, under terms brokered …" was the mandate's term (a
//! duration after "within" is the time an event took). Not caught, by
//! design: "an ICC member since October 2023" against another article's
//! "since 1 February 2024", which the rule bears out both of (ratification
//! and entry into force).
//!
//! The `kr-` files, a seventh blind set, scored on a build with the `kq-`
//! fixes: 13 of 14 caught, no false alarm. Not caught, by design: an
//! operation launched "on 20 September 2023" against two articles' "19
//! September 2023", both inside the rule's 19–20 September.
//!
//! The `ks-` files, an eighth blind set, scored on the build before the
//! fifth round's fixes: 13 of 14 caught, no false alarm. Not caught, by
//! design, the same kind of plant again: "launched … on 20 September 2023"
//! against two articles' "19 September 2023".
//!
//! The `kt-` files, a ninth blind set, scored on the build with the
//! `ks-` round's fixes: 13 of 14 caught, no false alarm. The miss, "On 23
//! February 2024 Armenia froze its participation in the CSTO" against two
//! articles' "22 February 2024", is caught since a rule known only to the
//! month no longer settles two days that disagree.
//!
//! The `ku-` files, a tenth blind set written with US and British dates,
//! abbreviations, lists, a table and a wrong figure in a quotation, scored
//! on the build with the `kt-` round's fixes: all 14 caught, one false
//! alarm, fixed: "On 19 September 2023, a Tuesday, Azerbaijan launched …"
//! read "Tuesday" as a date of its own (a weekday in apposition names the
//! date before it).
//!
//! The `kv-` files, an eleventh blind set leaning on relative dates and
//! hard-wrapped text, scored on the build with the `ku-` round's fixes: all
//! 14 caught, one false alarm, fixed: "a plane crashed in Kazakhstan last
//! December" dated the CSTO's deployment in Kazakhstan (a date after a name
//! that follows a preposition of place does not modify it).
//!
//! The `kw-` files, a twelfth blind set, scored on the session's final
//! build and not tuned for: all 14 caught, three false alarms, fixed
//! since (see below).
//!
//! The `kx-` files, a thirteenth blind set with no-break spaces inside
//! figures and dates, a table, a list and figures in subheads, scored on
//! the build with the `kw-` round's fixes: all 14 caught, one false alarm,
//! fixed: "100\u{a0}000" was read as 100 and a count of 000.
//!
//! The `ky-` files, a fourteenth blind set with ordinal dates, parts of
//! periods and a time with a date, scored on the build with the `kx-`
//! round's fixes: 13 of 14 caught, no false alarm; the miss is caught
//! since.
//!
//! The `kz-` files, a fifteenth blind set mixing every earlier form,
//! scored on the build with the `ky-` round's fixes: all 14 caught, one
//! false alarm, pinned.
//!
//! The `lf-` files, written blind in round 18 (ordinal US dates, times
//! with zones, spelled-out numbers, ranges, bullet lists and corrections
//! footers), scored on the session's starting build: 13 of 14 caught, no
//! false alarm. The miss, "The Second Karabakh War broke out on September
//! 29th, 2020, and ended with Azerbaijan in control of most of the
//! territory it had lost in the 1990s", is caught since the bundled pack
//! no longer excludes the war from sentences that say "1990s".
//!
//! The `lg-` files, round 19 (two facts of a kind in a sentence, chained
//! relative dates, seasons, vague counts, a quotation with a wrong figure
//! the article corrects), scored on the session's starting build: all 14
//! caught, one false alarm, fixed since: "the self-proclaimed republic is
//! to cease to exist on 1 January 2024" was an anachronism (a compound
//! adjective in "-ed" is no past verb).
//!
//! The `lh-` files, round 20 (anniversaries, spans between events,
//! abbreviated months and times, hedges, numbered lists, a table, a
//! corrected figure), scored on the session's starting build: all 14
//! caught, no false alarm.
//!
//! The `li-` files, round 21 (numbers in words, comparisons, rates, an ISO
//! table, a "By the numbers" sidebar), scored on the session's starting
//! build: all 14 caught, one false alarm, fixed since: "The Russian
//! peacekeepers, who arrived on 10 November 2020 under the trilateral
//! statement, left in 2024" dated the statement (a cue in a relative
//! clause dates nothing after it).
//!
//! The `lj-` files, round 22 (chained relative dates, US-style dates,
//! times across midnight, metric and imperial units, tolls revised over
//! time, bullets, correction notes), scored on the session's starting
//! build: 13 of 14 caught, no false alarm. Caught since: "The Russian
//! peacekeepers, deployed five years ago under the ceasefire deal that
//! stopped the fighting" (a clause after a comma and a name of the subject
//! that opens with a past verb is said of that subject).
//!
//! The `lk-` files, round 23 (a Q&A, captions, headlines with figures,
//! ranges, fractions of totals, ordinal dates, figures disputed), scored
//! on the session's starting build: all 14 caught, with one false alarm,
//! fixed since: the headline "Five years, two wars and an exodus" read as
//! the war's length (a cue after a count past a comma is the count's noun).
//!
//! The `ll-` files, round 24 (live-blog entries, a Markdown table, numbers
//! in words, en-dash ranges, "the 21st of December", correct relative
//! weekdays, figures "as of" a date, a correction note), scored on the
//! session's starting build: all 14 caught, no false alarm.
//!
//! The `lz-` files, round 39 (a court report on the trials in Baku, an
//! explainer with measurements and a table, a business story with
//! quarters and a fiscal year, a column on football beside the facts, a
//! timeline), scored on the session's starting build: all 14 caught, one
//! false alarm, fixed since: "the finance ministry said the 2026 budget
//! assumes …" in a story of October 2025 read "2026" as an anachronism (a
//! year between a determiner and a noun names a thing).
//!
//! The `ma-` files, round 40 (statistics-heavy copy: tables, running
//! tallies of refugees, points beside percentages, ranks and rates),
//! scored on the session's starting build: all 14 caught, no false alarm.
//!
//! The `mi-` files, round 48 (an opinion column, an editorial, a letter
//! correcting a newspaper's figures, a fact check of a deputy's claims
//! and a retrospective, with hedges, fractions and reported speech),
//! scored on the session's starting build: all 14 caught, and one false
//! alarm, fixed since: "ended six weeks of war, with a mandate of five
//! years" read the five years as the war's length (a cue between two
//! durations, nearer the earlier, is the earlier one's).
//!
//! The `mj-` files, round 49 (an obituary of a veteran, a profile of a
//! peacekeeping commander, an anniversary feature, a book review and an
//! item on a memorial: ages, year spans, career tallies, reminiscences
//! with their own relative dates), scored on the session's starting
//! build: 13 of 14 caught, no false alarm. Found since: "The withdrawal of
//! the contingent ended on 12 July 2024, three days before his 58th
//! birthday, when the last column crossed into Armenia" (a cue after an
//! offset is the offset's anchor only inside the offset's phrase, before
//! any comma).
//!
//! The `mk-` files, round 50 (a government press release, a foreign
//! ministry statement, a wire report quoting statements, a Markdown
//! explainer with a bulleted timeline and a table, an NGO's anniversary
//! statement), scored on the session's starting build: all 14 caught, and
//! one false alarm, fixed since: the table cell "December 2022 to
//! September 2023" was read as two dates of the blockade's start (a bare
//! "to" also joins two months with their years). The planted anachronism
//! "signed the regulations on the joint activities of the State
//! Commissions on 30 August 2025" is also read as the commissions' one
//! fact, their eighth meeting: a subject with a single fact is dated by a
//! date that modifies its name, as documented.
//!
//! The `ml-` files, round 51 (a radio bulletin, a TV interview, a
//! podcast with timestamps, a Q&A for print and a story quoting a
//! broadcast: numbers and dates said in words, corrections on air),
//! scored on the session's starting build: 13 of 14 caught, no false
//! alarm. Found since: "the twenty-sixth of September" (an ordinal in
//! words before "of" and a month is a day).
//!
//! The `mm-` files, round 52 (a diaspora weekly's anniversary story, a
//! council report on a memorial, a community calendar with times,
//! addresses and phone numbers, a local historian's letter, a feature on
//! a resettled family), scored on the session's starting build: all 14
//! caught, no false alarm.
//!
//! The `mn-` files, round 53 (an email newsletter, a numbered thread,
//! push alerts, a morning briefing and a "what we know" explainer, with
//! abbreviated dates and weekdays), scored on the session's starting
//! build: 13 of 14 caught, no false alarm. Missed: "some 110,600 people
//! have fled Karabakh in a week, by Armenia's latest count" (`mn-s2`): "some"
//! reached 15 % either side of any figure; found once "about" is as wide
//! as the figure is round (5 % for four significant digits).
//!
//! The `mu-` files, round 60 (arts and culture copy: an auction, an
//! exhibition review, a museum reopening, an opera premiere and a
//! museum's figures, with prices, estimates, dimensions and inventory
//! numbers), scored on the session's starting build: 12 of 14 caught, no
//! false alarm. Found since: "Most of the sitters were among the 150,000
//! Armenians who fled" (`mu-s2`: "among" right before a count makes it
//! the whole, not a part). Missed: "the 2020 war, which lasted 34 days"
//! (`mu-s4`), in a sentence that opens "The first act is set …": the
//! bundled rules rule "first" out of any sentence about the 2020 war, so
//! that the first war's dates are not its own.
//!
//! The `mv-` files, round 61 (simplified and children's news: short
//! sentences, rounded and hedged figures, years BC and AD), scored on the
//! session's starting build: all 14 caught, no false alarm.
//!
//! The `mw-` files, round 62 (court and legal reporting: rulings, filings
//! and appeals, docket, application and section numbers, vote counts of
//! judges), scored on the session's starting build: all 14 caught, no
//! false alarm.
//!
//! The `mx-` files, round 63 (opinion columns and editorials:
//! counterfactuals, hypotheticals, rhetorical questions), scored on the
//! session's starting build: all 14 caught, three false alarms (four
//! findings). Mended since: what a sentence supposes did not happen
//! claims nothing ("Imagine … that the Second Karabakh War had lasted 60
//! days instead of 44", "What if Russia had sent 20,000 troops"). Left:
//! "If none of the three parties had given notice, … the peacekeepers
//! would have stayed until 10 November 2030" (`mx-s3`): what would have
//! followed is read, as it must be where it tells the mandate's end ("Had
//! the mandate run its full course, the peacekeepers would have stayed
//! until 10 November 2025"), and nothing tells the two apart.
//!
//! The `my-` files, round 64 (newsletter digests: bulleted fragments,
//! by-the-numbers boxes, dated section headers), scored on the session's
//! starting build: all 14 caught, no false alarm.
//!
//! The `mz-` files, round 65 (international wire copy: ordinal day-first
//! dates, 24-hour times, thousands grouped by plain spaces), scored on
//! the session's starting build: all 14 caught, seven false alarms, all
//! of "1 960" or "100 617" read from its second group. Mended since:
//! thousands grouped by plain spaces are one number.
//!
//! The `na-` files, round 66 (broadcast and podcast transcripts, numbers
//! and years said in words, timestamps, speakers correcting themselves),
//! scored on the session's starting build: all 14 caught, no false alarm.
//!
//! The `nb-` files, round 67 (updated and corrected stories: update
//! stamps, correction notes, rising tolls), scored on the session's
//! starting build: all 14 caught, one false alarm, mended since: "Last
//! updated 18 April 2024 - 07:55" is a note of the article's own editing,
//! and no anachronism.
//!
//! The `nc-` files, round 68 (obituaries and profiles: life dates in
//! brackets, ages, relatives' dates), scored on the session's starting
//! build: all 14 caught, no false alarm.
//!
//! The `nd-` files, round 69 (budget reporting: fiscal years, nominal and
//! adjusted figures, vote tallies, bill numbers), scored on the session's
//! starting build: all 14 caught, no false alarm. "fiscal 2022" (`nd-s2`),
//! planted for the end of the 2020 war, is read since as any twelve months
//! that end or begin in 2022, and still contradicts it.
//!
//! The `ne-` files, round 70 (science-desk copy: study sizes, confidence
//! intervals, rates per 100,000, dates of publication beside the events'),
//! scored on the session's starting build: all 14 caught, no false alarm.
//!
//! The `nf-` files, round 71 (travel features and first-person memoirs:
//! chains of relative dates, the writer's own ages, altitudes and
//! temperatures), scored on the session's starting build: all 14 caught,
//! two false alarms, mended since: "registered 6,000 people who fled
//! Karabakh at this one tent alone" is a part, "alone" however far into
//! its clause.
//!
//! The `ng-` files, round 72 (explainers and Q&As: "as of" dates, ranges,
//! footnotes, revised estimates), scored on the session's starting build:
//! all 14 caught, no false alarm.
//!
//! The `nh-` files, round 73 (history and anniversary features: centuries,
//! Old Style dates and regnal years, chains of relative dates), scored on
//! the session's starting build: all 14 caught, no false alarm.
//!
//! The `ni-` files, round 74 (fact checks: viral claims quoted to be
//! denied, ratings, "not X but Y"), scored on the session's starting
//! build: all 14 caught, two false alarms, mended since: "one widely shared
//! post says … on 29 May; in fact, …" is advice, what the draft reports as
//! another's claim, and "from 27 September until the trilateral statement
//! signed …" is not dated by the cue past "until". The quoted viral claim
//! ("Claim: \"More than 150,000 Armenians fled …\"") is advice.
//!
//! The `nj-` files, round 75 (incident reports with clock times in Baku,
//! Yerevan, Moscow and GMT), scored on the session's starting build: all
//! 14 caught, no false alarm.
//!
//! The `nk-` files, round 76 (year-in-review roundups and timelines under
//! year headings), scored on the session's starting build: 11 of 14
//! caught, no false alarm. The three misses were year-less dates under
//! "2022", "2024" and "KEY DATES OF 2024", read in the article's year; a
//! year heading gives its year since.
//!
//! The `nl-` files, round 77 (disputed and attributed figures), scored on
//! the session's starting build: all 14 caught, no false alarm.
//!
//! The `nm-` files, round 78 (sports and events copy: ordinals, ages,
//! scores, editions), scored on the session's starting build: 13 of 14
//! caught, one false alarm. Mended: "beat Latvia 2-0 … on 14 June 2024", in
//! an article of May, is an anachronism ("beat" is a past form). Left: "A
//! year ago today, on 12 June 2024, Azerbaijan's defence ministry said the
//! withdrawal … was complete" is bound to the Kremlin's confirmation,
//! whose cue "withdrawal" stands nearer.
//!
//! The `nn-` files, round 79 (organisation names in several languages),
//! scored on the session's starting build: all 14 caught, three false
//! alarms, mended since: "für" and Russian "o" are small words, and
//! "OSZE" and "ODKB" fit their names.
//!
//! The `oa-` to `od-` files, round 81: a foreign desk's drafts about other
//! conflicts (UNIFIL and the Israel–Hezbollah ceasefire, Transnistria,
//! Abkhazia and South Ossetia, Sudan and Tigray, Kosovo and Bosnia), which
//! share the Karabakh rules' words ("peacekeepers", "ceasefire",
//! "offensive", "exodus", "blockade"); three of each five never name
//! Karabakh, two mention it in passing. Eight errors planted in each set.
//! Scored on the session's starting build: all 32 caught, and 34 false
//! alarms on 22 spans, every one a figure of another conflict bound to a
//! Karabakh fact in a draft that never names Karabakh; none since a rule
//! file's facts wait for the document to name its story.
//!
//! The `oe-` to `oh-` files, round 82: drafts for readers who know the
//! story (briefs, letters with replies, a podcast and its show notes, a
//! feature and its sidebar), which name it once or twice and in other
//! names (Artsakh, Khankendi, Stepanakert, Lachin, CSTO) and otherwise
//! say "the war", "the peacekeepers", "the exodus"; three of them name it
//! by no name of the pack's and draw nothing. Scored on the session's
//! starting build and on its last: all 56 caught, no false alarm, on both.
//!
//! The `ms-` files, round 58 (web pages as copied: headlines, standfirsts,
//! captions and credits of archive photos, related links, social cards,
//! published and updated lines, tags and read times), scored on the
//! session's starting build: all 14 caught, no false alarm.
//!
//! The `mt-` files, round 59 (weather and climate copy around the
//! conflict: forecasts, temperatures, winds and rainfall, reference
//! periods and ranks), scored on the session's starting build: all 14
//! caught, no false alarm.
//!
//! The `mq-` files, round 56 (official records and rulings: an order of
//! the World Court, an explainer on the trilateral statement article by
//! article, a parliament's resolution, an ombudsman's report and a Security
//! Council meeting, with paragraph, section and document numbers), scored
//! on the session's starting build: all 14 caught, no false alarm.
//!
//! The `mr-` files, round 57 (text pasted from PDFs, scans and old print:
//! words hyphenated at line ends, running heads and page numbers,
//! footnote marks, "the 10th inst."), scored on the session's starting
//! build: all 14 caught, one false alarm: "ending forty-", a line break,
//! "four days of war" (`mr-s1`) read as "four days"; mended since (a
//! number in words broken at its hyphen at a line's end is one number).
//!
//! The `mo-` files, round 54 (explainers and reader Q&A: question
//! headings, "what we know" lists, fact boxes, key-dates bullets, numbered
//! questions and "Q:"/"A:" lines), scored on the session's starting build:
//! 13 of 14 caught, one false alarm. Missed: "Arayik Harutyunyan, the
//! president until September, was detained on 3 October 2024" (`mo-s3`):
//! the "until" of a noun set beside a name made the sentence a deadline.
//! False alarm: "Q1: When did the last Russian troops leave?" (`mo-s5`),
//! a question's number read as a quarter. Both mended since.
//!
//! The `mp-` files, round 55 (live blogs: timestamped entries newest
//! first, key events, corrections and updated tallies), scored on the
//! session's starting build: all 14 caught, no false alarm.
//!
//! The `mh-` files, round 47 (sports copy around the conflict: a match
//! report, a season review, a retirement tribute, a statistics explainer
//! with a table and a race preview, with scores, race times and ages),
//! scored on the session's starting build: all 14 caught, no false alarm.
//!
//! The `mg-` files, round 46 (a markets report, a bank's results, an
//! explainer on the exodus's cost, a profile of a chief executive and a
//! timeline of markets, with changes beside levels, basis points and
//! fiscal quarters), scored on the session's starting build: all 14
//! caught, no false alarm.
//!
//! The `mf-` files, round 45 (translated wire copy, the English edition
//! of a Yerevan paper across the new year, an anniversary feature with
//! ordinal dates, a fact box with ISO dates and spaced thousands, an
//! analysis with American dates), scored on the session's starting build:
//! 12 of 14 caught, no false alarm. Fixed since: "evacuated by the
//! International Committee of the Red Cross (ICRC) on 29 December 2024"
//! (the brackets of a label were read as the end of the clause), and
//! "talks in Sochi on October 30, 2022, weeks after the two leaders had
//! met in Prague" (a cue after the offset took the date from the name it
//! modifies).
//!
//! The `me-` files, round 44 (a wire story on the Baku verdicts, an
//! anniversary feature, a court report, a fact box with a timeline and a
//! long read, with terms in years, ages, weekdays of verdicts and tolls
//! revised over time), scored on the session's starting build: 13 of 14
//! caught, no false alarm. Fixed since: "moved to Karabakh in September
//! 2022, nearly two years after the 42-day war" was no claim, since the
//! sentence's year set it in another time than the war's (an offset's
//! phrase now sets its anchor apart from the year before it).
//!
//! The `md-` files, round 43 (a column of what-ifs and forecasts, an
//! analysis with bullet lists, a news story with figures in its headline
//! and subheads, a Q&A of rhetorical questions and a wire story), scored
//! on the session's starting build: all 14 caught, and one false alarm,
//! fixed since: "the first Karabakh war, which between 1988 and 1994 drove
//! some 724,000 Azerbaijanis and about 300,000 Armenians from their homes"
//! read the 300,000 as the 2023 exodus (the comma of "724,000" was taken
//! for the end of the relative clause, and its years were left out).
//!
//! The `mc-` files, round 42 (an aid agencies' survey with confidence
//! intervals and conversions, an explainer with a sidebar of numbers, a
//! feature quoting doctors, a wire story on a journal study and a
//! retrospective in numbers), scored on the session's starting build: all
//! 14 caught, no false alarm.
//!
//! The `mb-` files, round 41 (a live blog over two days with timestamped
//! updates, a Q&A explainer, an obituary, a feature of quotations and a
//! column with a correction note), scored on the session's starting
//! build: all 14 caught (the quoted "120,000" as advice), and one wrong
//! claim on a planted span, fixed since: a surgeon who worked "through
//! … the exodus that ended Armenian life in Nagorno-Karabakh, died on
//! Saturday, 9 March 2025" was read as the war's end (a cue in a relative
//! clause that a comma closes before the sentence's own verb dates
//! nothing after it).
//!
//! The `lm-` files, round 25 (business, diplomacy and politics: a
//! profile with ages, fiscal years and quarters, percentage changes beside
//! levels, ranks, abbreviated years, chained relative time, possessive
//! dates, a press release and a sidebar of key numbers), scored on the
//! session's starting build: all 14 caught, no false alarm.
//!
//! The `ln-` files, round 26 (interviews, biographies of leaders, bullet
//! lists of dates, an all-caps kicker, ranges, fractions, ordinals, year
//! spans, clock times, odds), scored on the session's starting build: all
//! 14 caught, no false alarm.
//!
//! The `lo-` files, round 27 (the economy, refugees' health and
//! livelihoods: percentages written both ways, units, no-break spaces
//! inside figures, a Markdown table, a correction note), scored on the
//! session's starting build: 13 of the 14 caught, no false alarm. Caught
//! since: "lasted 54 days, until Russia brokered the ceasefire deal" (a
//! comma after a duration makes it no offset).
//!
//! The `lp-` files, round 28 (courts, elections and diplomacy: sentences,
//! US-style dates, a Q&A, a "This day in history" box, a title-case
//! headline with figures), scored on the session's starting build: all 14
//! caught, one false alarm, fixed since: the headline "Karabakh, Five
//! Years On" (a duration before "on" that ends its phrase is an offset).
//!
//! The `lq-` files, round 29 (roads, energy, winters: distances, speeds,
//! temperatures, a "Key facts:" box, "so far" counts), scored on the
//! session's starting build: 13 of the 14 caught, no false alarm. Caught
//! since: "The International Organization for Migration (UNHCR)" (an
//! unlisted name of a body before another body's listed acronym).
//!
//! The `lr-` files, round 30 (heritage, business and health: monasteries,
//! the brandy factory, hospitals in the blockade, an Editor's note, a
//! press statement), scored on the session's starting build: all 14
//! caught, no false alarm.
//!
//! The `ls-` files, round 31 (number and date formats: US-style dates,
//! ranges, numbers in words, no-break spaces, a "Correction:" line),
//! scored on the session's starting build: 13 of the 14 caught, two false
//! alarms, fixed since: "10 November 2025 — The peacekeepers' five-year
//! mandate would have expired on this day" ("this day" claims nothing).
//! Missed: "1 January 2025 — The separatist republic ceases to exist under
//! the decree signed in September 2023" (the cue "ceases" begins a name of
//! the subject, and the clause holds a cue of its other fact, the decree:
//! nothing says which).
//!
//! The `lt-` files, round 32 (sentence structure: appositives, relative
//! clauses, reported speech, a Q&A, a "Key facts" box), scored on the
//! session's starting build: 13 of the 14 caught, no false alarm. Caught
//! since: "The Russian peacekeepers, who were deployed four years ago under
//! the ceasefire deal that ended six weeks of fighting, …" (a relative
//! clause right after a name is said of it).
//!
//! The `lu-` files, round 34 (false-alarm hunting: casualties beside the
//! contingent's name, counts at the time, the Gyumri base, the 2016 war,
//! offsets, plans), scored on the session's starting build: all 14
//! caught, no false alarm.
//!
//! The `lv-` files, round 35 (written as a reporter would, not to the
//! documentation: natural slips, ordinary prose), scored on the session's
//! starting build: all 14 caught, no false alarm.
//!
//! The `lw-` files, round 36 (harder material: several subjects in one
//! paragraph, Armenian and Azerbaijani names in several spellings,
//! neighbouring events' figures), scored on the session's starting build:
//! 13 of the 14 caught, no false alarm. Caught since: "as he tried to
//! leave with the refugees, and his trial opened in Baku on 17 January
//! 2025" (a word of intention in a clause joined on before the date's is
//! that clause's).
//!
//! The `lx-` files, round 37 (a live blog with a correction, a table,
//! opinion with forecasts and counterfactuals, officials quoted), scored
//! on the session's starting build: all 14 caught, two false alarms (one
//! claim), fixed since: a table row's "17 Apr – 12 June 2024" was two
//! dates, the first of them in the article's year.
//!
//! The `ly-` files, round 38 (translated wire copy with numbers grouped by
//! no-break spaces and decimal commas, "milliard", a day-month numeric
//! date, an analysis setting two agencies' figures side by side, a live
//! blog of corrections, an anniversary ten years on), scored on the
//! session's starting build: all 14 caught, no false alarm.

mod common;

use claimlint::rules;
use common::{describe, documents, path_of, text_of};

#[test]
fn the_planted_errors_are_found_and_nothing_else() {
    let report = claimlint::check(
        documents("tests/fixtures/articles/karabakh"),
        &rules::bundled(),
    );
    let found: Vec<(String, &str, String)> = report
        .findings
        .iter()
        .map(|f| {
            let path = path_of(&report, f);
            let name = path.rsplit('/').next().unwrap_or(path).to_string();
            (name, f.code, text_of(&report, f).to_string())
        })
        .collect();
    let expected: Vec<(String, &str, String)> = [
        ("kb-k2.txt", "fact-mismatch", "45 days"),
        ("kb-k2.txt", "inconsistent", "45 days"),
        ("kb-k4.txt", "fact-mismatch", "10 years"),
        ("kb-k4.txt", "inconsistent", "10 years"),
        ("kc-c3.txt", "fact-mismatch", "10 November 2021"),
        ("kc-c3.txt", "inconsistent", "10 November 2021"),
        ("ki-i2.md", "fact-mismatch", "ten years"),
        ("ki-i2.md", "inconsistent", "ten years"),
        ("ki-i3.txt", "fact-mismatch", "2021"),
        ("ki-i3.txt", "inconsistent", "2021"),
        ("ki-i5.txt", "fact-mismatch", "two months"),
        ("ki-i5.txt", "inconsistent", "two months"),
        ("ki-i5.txt", "fact-mismatch", "roughly 150,000"),
        ("ki-i5.txt", "inconsistent", "roughly 150,000"),
        (
            "ki-i5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("ki-i6.txt", "fact-mismatch", "12 May 1995"),
        ("ki-i6.txt", "inconsistent", "12 May 1995"),
        ("ki-i6.txt", "fact-mismatch", "1 January 2025"),
        ("ki-i6.txt", "inconsistent", "1 January 2025"),
        ("kj-j2.txt", "weekday-mismatch", "Thursday, 17 April 2024"),
        ("kj-j4.txt", "invalid-date", "31 September 2023"),
        ("kl-l2.md", "fact-mismatch", "54-day"),
        ("kl-l2.md", "inconsistent", "54-day"),
        ("kl-l2.md", "fact-mismatch", "September 2022"),
        ("kl-l2.md", "inconsistent", "September 2022"),
        // not planted, but wrong by the pack (about 100,600 left): read since
        // a subject with no dated fact is of the time its name writes out
        // ("Departure of Karabakh Armenians, autumn 2023"), not of the
        // article's date, so "in the autumn of 2023" no longer puts the
        // sentence at another time
        ("kl-l2.md", "fact-mismatch", "150,000"),
        ("kl-l2.md", "inconsistent", "150,000"),
        ("kl-l3.txt", "weekday-mismatch", "Friday, 28 September 2023"),
        ("kl-l3.txt", "anachronism", "1 February 2024"),
        ("kl-l4.txt", "fact-mismatch", "30 October 2022"),
        ("kl-l4.txt", "inconsistent", "30 October 2022"),
        ("kl-l4.txt", "invalid-date", "31 September 2023"),
        ("kl-l5.txt", "fact-mismatch", "well over 3,000"),
        ("kl-l5.txt", "inconsistent", "well over 3,000"),
        ("kl-l5.txt", "acronym-mismatch", "CTSO"),
        ("kl-l6.txt", "fact-mismatch", "1 February last year"),
        ("kl-l6.txt", "inconsistent", "1 February last year"),
        ("km-m1.txt", "fact-mismatch", "more than 2,000"),
        ("km-m1.txt", "inconsistent", "more than 2,000"),
        ("km-m1.txt", "fact-mismatch", "next year"),
        ("km-m1.txt", "inconsistent", "next year"),
        ("km-m1.txt", "fact-mismatch", "May 1995"),
        ("km-m1.txt", "inconsistent", "May 1995"),
        ("km-m2.md", "fact-mismatch", "fewer than 90,000"),
        ("km-m2.md", "inconsistent", "fewer than 90,000"),
        ("km-m2.md", "acronym-mismatch", "OCSE"),
        ("km-m3.txt", "fact-mismatch", "early 2021"),
        ("km-m3.txt", "inconsistent", "early 2021"),
        ("km-m3.txt", "weekday-mismatch", "Tuesday, 12 June 2024"),
        ("km-m3.txt", "anachronism", "8 August 2025"),
        ("km-m4.txt", "invalid-date", "31 September 2023"),
        ("km-m4.txt", "fact-mismatch", "6 October 2021"),
        ("km-m4.txt", "inconsistent", "6 October 2021"),
        ("km-m5.txt", "fact-mismatch", "three years ago"),
        ("km-m5.txt", "inconsistent", "three years ago"),
        ("km-m5.txt", "fact-mismatch", "nearly three months"),
        ("km-m5.txt", "inconsistent", "nearly three months"),
        ("kn-n1.txt", "fact-mismatch", "nearly 5,000"),
        ("kn-n1.txt", "inconsistent", "nearly 5,000"),
        ("kn-n1.txt", "fact-mismatch", "three years ago"),
        ("kn-n1.txt", "inconsistent", "three years ago"),
        (
            "kn-n1.txt",
            "weekday-mismatch",
            "Thursday, 19 September 2023",
        ),
        ("kn-n2.md", "fact-mismatch", "more than two months"),
        ("kn-n2.md", "inconsistent", "more than two months"),
        ("kn-n2.md", "fact-mismatch", "More than 150,000"),
        ("kn-n2.md", "inconsistent", "More than 150,000"),
        ("kn-n2.md", "fact-mismatch", "28 October 2023"),
        ("kn-n2.md", "inconsistent", "28 October 2023"),
        ("kn-n2.md", "anachronism", "12 June 2024"),
        // the false claim a fact-check quotes, then corrects: "Claim:
        // \"Russian peacekeepers were deployed to Karabakh in 2019 …\""
        ("kn-n3.txt", "fact-mismatch", "2019"),
        ("kn-n3.txt", "inconsistent", "2019"),
        // (not "the mandate would have expired in November 2026", a wrong
        // expiry that was found as a wrong date of the statement's
        // signing: a date after the article's, 10 February 2025, is no
        // date of the signing in 2020, and the sentence names no subject
        // the expiry is a fact of)
        ("kn-n3.txt", "acronym-mismatch", "CTSO"),
        ("kn-n4.txt", "invalid-date", "31 September 2023"),
        ("kn-n4.txt", "fact-mismatch", "last month"),
        ("kn-n4.txt", "inconsistent", "last month"),
        ("kn-n4.txt", "fact-mismatch", "31 October 2021"),
        ("kn-n4.txt", "inconsistent", "31 October 2021"),
        ("ko-o1.txt", "fact-mismatch", "nearly 4,000"),
        ("ko-o1.txt", "inconsistent", "nearly 4,000"),
        ("ko-o1.txt", "fact-mismatch", "last December"),
        ("ko-o1.txt", "inconsistent", "last December"),
        ("ko-o2.md", "weekday-mismatch", "Monday, 12 June 2024"),
        ("ko-o2.md", "fact-mismatch", "ten-year"),
        ("ko-o2.md", "inconsistent", "ten-year"),
        ("ko-o2.md", "fact-mismatch", "21 September 2023"),
        ("ko-o2.md", "inconsistent", "21 September 2023"),
        ("ko-o2.md", "acronym-mismatch", "APCE"),
        ("ko-o3.txt", "fact-mismatch", "28 October 2023"),
        ("ko-o3.txt", "inconsistent", "28 October 2023"),
        ("ko-o3.txt", "anachronism", "12 October 2024"),
        (
            "ko-o4.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("ko-o4.txt", "invalid-date", "31 September 2023"),
        ("ko-o4.txt", "fact-mismatch", "Wednesday, 24 April 2024"),
        ("ko-o4.txt", "inconsistent", "Wednesday, 24 April 2024"),
        ("ko-o5.txt", "fact-mismatch", "fifty-four days"),
        ("ko-o5.txt", "inconsistent", "fifty-four days"),
        ("ko-o5.txt", "fact-mismatch", "November 2021"),
        ("ko-o5.txt", "inconsistent", "November 2021"),
        ("kp-p1.txt", "fact-mismatch", "Roughly 3,000"),
        ("kp-p1.txt", "inconsistent", "Roughly 3,000"),
        ("kp-p1.txt", "fact-mismatch", "three years"),
        ("kp-p1.txt", "inconsistent", "three years"),
        ("kp-p1.txt", "acronym-mismatch", "ODKB"),
        ("kp-p1.txt", "fact-mismatch", "October 2023"),
        ("kp-p1.txt", "inconsistent", "October 2023"),
        ("kp-p2.txt", "invalid-date", "31 September 2023"),
        ("kp-p2.txt", "fact-mismatch", "eight weeks"),
        ("kp-p2.txt", "inconsistent", "eight weeks"),
        ("kp-p2.txt", "fact-mismatch", "28 October 2023"),
        ("kp-p2.txt", "inconsistent", "28 October 2023"),
        ("kp-p2.txt", "weekday-mismatch", "Tuesday, 22 April 2024"),
        // (advice since round 41: "The Kremlin confirmed on Tuesday", 16
        // April in an article of Friday 19 April, against the 17th; a
        // weekday alone is read as that weekday)
        ("kp-p3.md", "fact-mismatch", "Tuesday"),
        ("kp-p3.md", "inconsistent", "Tuesday"),
        ("kp-p3.md", "anachronism", "22 April 2024"),
        // caught since round 32 (a relative clause after a name is said of it)
        ("kp-p4.txt", "fact-mismatch", "December 2020"),
        ("kp-p4.txt", "inconsistent", "December 2020"),
        ("kp-p4.txt", "fact-mismatch", "last October"),
        ("kp-p4.txt", "inconsistent", "last October"),
        ("kp-p4.txt", "fact-mismatch", "nearly 90,000"),
        ("kp-p4.txt", "inconsistent", "nearly 90,000"),
        ("kp-p5.txt", "fact-mismatch", "18 April 2024"),
        ("kp-p5.txt", "inconsistent", "18 April 2024"),
        // a false alarm: a plan officials reported ("scheduled to leave
        // Karabakh by the end of May"), read as the mandate's end
        ("kp-p5.txt", "fact-mismatch", "the end of May"),
        ("kp-p5.txt", "inconsistent", "the end of May"),
        ("kq-q1.txt", "anachronism", "9 October 2023"),
        ("kq-q1.txt", "fact-mismatch", "ten months ago"),
        ("kq-q1.txt", "inconsistent", "ten months ago"),
        ("kq-q2.md", "fact-mismatch", "three-year"),
        ("kq-q2.md", "inconsistent", "three-year"),
        ("kq-q2.md", "fact-mismatch", "26 September 2023"),
        ("kq-q2.md", "inconsistent", "26 September 2023"),
        ("kq-q3.txt", "fact-mismatch", "Friday 7 October 2022"),
        ("kq-q3.txt", "inconsistent", "Friday 7 October 2022"),
        ("kq-q3.txt", "fact-mismatch", "more than 120,000"),
        ("kq-q3.txt", "inconsistent", "more than 120,000"),
        ("kq-q3.txt", "weekday-mismatch", "Thursday 12 June 2024"),
        ("kq-q4.txt", "fact-mismatch", "last September"),
        ("kq-q4.txt", "inconsistent", "last September"),
        ("kq-q4.txt", "fact-mismatch", "10 November 2021"),
        ("kq-q4.txt", "inconsistent", "10 November 2021"),
        ("kq-q4.txt", "invalid-date", "31 September 2024"),
        ("kq-q5.txt", "fact-mismatch", "nearly 3,000"),
        ("kq-q5.txt", "inconsistent", "nearly 3,000"),
        ("kq-q5.txt", "fact-mismatch", "May 2024"),
        ("kq-q5.txt", "inconsistent", "May 2024"),
        ("kq-q5.txt", "acronym-mismatch", "ODKB"),
        ("kr-r1.txt", "fact-mismatch", "three-year"),
        ("kr-r1.txt", "inconsistent", "three-year"),
        ("kr-r1.txt", "fact-mismatch", "more than 120,000"),
        ("kr-r1.txt", "inconsistent", "more than 120,000"),
        ("kr-r2.md", "fact-mismatch", "28 October"),
        ("kr-r2.md", "inconsistent", "28 October"),
        ("kr-r2.md", "fact-mismatch", "12 July 2024"),
        ("kr-r2.md", "inconsistent", "12 July 2024"),
        ("kr-r2.md", "fact-mismatch", "October 2021"),
        ("kr-r2.md", "inconsistent", "October 2021"),
        ("kr-r3.txt", "fact-mismatch", "12 December 2021"),
        ("kr-r3.txt", "inconsistent", "12 December 2021"),
        ("kr-r3.txt", "fact-mismatch", "19 March 2024"),
        ("kr-r3.txt", "inconsistent", "19 March 2024"),
        ("kr-r4.txt", "invalid-date", "31 September 2023"),
        ("kr-r4.txt", "fact-mismatch", "three years ago"),
        ("kr-r4.txt", "inconsistent", "three years ago"),
        ("kr-r4.txt", "anachronism", "14 October 2024"),
        ("kr-r5.txt", "fact-mismatch", "some 3,000"),
        ("kr-r5.txt", "inconsistent", "some 3,000"),
        (
            "kr-r5.txt",
            "weekday-mismatch",
            "Tuesday, 28 September 2023",
        ),
        ("kr-r5.txt", "acronym-mismatch", "OSCE"),
        // ks-*: a fifth blind set; its planted `inconsistent` (20 against 19
        // September 2023, both inside the operation's own range) is left alone
        // by design
        ("ks-s1.txt", "fact-mismatch", "17 May"),
        ("ks-s1.txt", "inconsistent", "17 May"),
        ("ks-s1.txt", "fact-mismatch", "1,690"),
        ("ks-s1.txt", "inconsistent", "1,690"),
        (
            "ks-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("ks-s2.md", "fact-mismatch", "27 October 2020"),
        ("ks-s2.md", "inconsistent", "27 October 2020"),
        ("ks-s2.md", "fact-mismatch", "more than 120,000"),
        ("ks-s2.md", "inconsistent", "more than 120,000"),
        ("ks-s3.txt", "fact-mismatch", "12 December 2021"),
        ("ks-s3.txt", "inconsistent", "12 December 2021"),
        ("ks-s3.txt", "invalid-date", "31 September 2023"),
        ("ks-s4.txt", "fact-mismatch", "54 days"),
        ("ks-s4.txt", "inconsistent", "54 days"),
        ("ks-s4.txt", "fact-mismatch", "five years ago"),
        ("ks-s4.txt", "inconsistent", "five years ago"),
        (
            "ks-s4.txt",
            "weekday-mismatch",
            "Wednesday, 26 September 2023",
        ),
        ("ks-s5.txt", "acronym-mismatch", "CSCE"),
        ("ks-s5.txt", "fact-mismatch", "May 1995"),
        ("ks-s5.txt", "inconsistent", "May 1995"),
        ("ks-s5.txt", "anachronism", "26 March 2025"),
        // kt-*: a ninth blind set
        ("kt-t1.txt", "fact-mismatch", "four years ago"),
        ("kt-t1.txt", "inconsistent", "four years ago"),
        (
            "kt-t1.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("kt-t2.txt", "fact-mismatch", "27 October 2020"),
        ("kt-t2.txt", "inconsistent", "27 October 2020"),
        (
            "kt-t2.txt",
            "weekday-mismatch",
            "Thursday, 27 September 2023",
        ),
        ("kt-t2.txt", "acronym-mismatch", "CSCE"),
        ("kt-t3.md", "fact-mismatch", "2,960"),
        ("kt-t3.md", "inconsistent", "2,960"),
        ("kt-t3.md", "fact-mismatch", "54 days"),
        ("kt-t3.md", "inconsistent", "54 days"),
        ("kt-t3.md", "invalid-date", "31 June 2023"),
        ("kt-t4.txt", "fact-mismatch", "12 November 2022"),
        ("kt-t4.txt", "inconsistent", "12 November 2022"),
        ("kt-t4.txt", "fact-mismatch", "12 July 2024"),
        ("kt-t4.txt", "inconsistent", "12 July 2024"),
        ("kt-t5.txt", "fact-mismatch", "More than 120,000"),
        ("kt-t5.txt", "inconsistent", "More than 120,000"),
        ("kt-t5.txt", "fact-mismatch", "May 1995"),
        ("kt-t5.txt", "inconsistent", "May 1995"),
        ("kt-t5.txt", "inconsistent", "23 February 2024"),
        ("kt-t5.txt", "anachronism", "8 August 2025"),
        // ku-*: a tenth blind set
        ("ku-u1.txt", "weekday-mismatch", "Wednesday, Sept. 19, 2023"),
        ("ku-u1.txt", "invalid-date", "April 31, 2023"),
        ("ku-u1.txt", "anachronism", "Jan. 1, 2024"),
        ("ku-u2.md", "fact-mismatch", "2,960"),
        ("ku-u2.md", "inconsistent", "2,960"),
        ("ku-u2.md", "fact-mismatch", "29 September 2023"),
        ("ku-u2.md", "inconsistent", "29 September 2023"),
        ("ku-u2.md", "acronym-mismatch", "CSCE"),
        ("ku-u3.txt", "fact-mismatch", "5 October 2022"),
        ("ku-u3.txt", "inconsistent", "5 October 2022"),
        ("ku-u3.txt", "fact-mismatch", "12 June 2023"),
        ("ku-u3.txt", "inconsistent", "12 June 2023"),
        (
            "ku-u3.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("ku-u4.txt", "fact-mismatch", "more than 120,000"),
        ("ku-u4.txt", "inconsistent", "more than 120,000"),
        ("ku-u4.txt", "fact-mismatch", "5,000"),
        ("ku-u4.txt", "inconsistent", "5,000"),
        ("ku-u4.txt", "inconsistent", "Feb. 23, 2024"),
        ("ku-u5.txt", "fact-mismatch", "five years ago"),
        ("ku-u5.txt", "inconsistent", "five years ago"),
        ("ku-u5.txt", "fact-mismatch", "34 days"),
        ("ku-u5.txt", "inconsistent", "34 days"),
        // kv-*: an eleventh blind set. Its planted odd day out, "22 February
        // 2024" against its own two "23 February 2024", is the majority across
        // all the drafts here, so the two 23rds are the ones reported
        ("kv-v1.txt", "fact-mismatch", "earlier this month"),
        ("kv-v1.txt", "inconsistent", "earlier this month"),
        ("kv-v1.txt", "fact-mismatch", "between 2,500 and 3,000"),
        ("kv-v1.txt", "inconsistent", "between 2,500 and 3,000"),
        ("kv-v2.md", "fact-mismatch", "54 days"),
        ("kv-v2.md", "inconsistent", "54 days"),
        ("kv-v2.md", "acronym-mismatch", "CPI"),
        ("kv-v2.md", "fact-mismatch", "6 October 2023"),
        ("kv-v2.md", "inconsistent", "6 October 2023"),
        ("kv-v2.md", "inconsistent", "23 February 2024"),
        ("kv-v3.txt", "fact-mismatch", "12 December 2021"),
        ("kv-v3.txt", "inconsistent", "12 December 2021"),
        ("kv-v3.txt", "invalid-date", "31 September 2023"),
        ("kv-v4.txt", "fact-mismatch", "three years ago"),
        ("kv-v4.txt", "inconsistent", "three years ago"),
        ("kv-v4.txt", "anachronism", "27 September 2024"),
        (
            "kv-v4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        (
            "kv-v5.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("kv-v5.txt", "fact-mismatch", "More than 120,000"),
        ("kv-v5.txt", "inconsistent", "More than 120,000"),
        ("kv-v5.txt", "fact-mismatch", "May 1995"),
        ("kv-v5.txt", "inconsistent", "May 1995"),
        ("kv-v5.txt", "inconsistent", "23 February 2024"),
        // kw-*: a twelfth blind set: all 14 planted errors caught, and three
        // false alarms, fixed since: the headline "Russia's four years in
        // Karabakh" read as the war's length (a duration after a possessive
        // is its owner's); "the 100,000-plus people who fled Karabakh last
        // autumn, the withdrawal changes little" read as the withdrawal's
        // date (an irregular past, "fled", takes the date before a cue after
        // it); and "the Second Karabakh War …, which … ended on Nov. 10" read
        // as the first war's ceasefire (an exclusion word inside another
        // subject's alias, "first Karabakh war", leaves a subject its own
        // alias names; a relative clause is said of its antecedent)
        ("kw-w1.txt", "fact-mismatch", "November 2021"),
        ("kw-w1.txt", "inconsistent", "November 2021"),
        ("kw-w1.txt", "fact-mismatch", "nearly 50,000"),
        ("kw-w1.txt", "inconsistent", "nearly 50,000"),
        ("kw-w1.txt", "acronym-mismatch", "CPI"),
        ("kw-w2.md", "fact-mismatch", "54 days"),
        ("kw-w2.md", "inconsistent", "54 days"),
        ("kw-w2.md", "fact-mismatch", "150,000"),
        ("kw-w2.md", "inconsistent", "150,000"),
        ("kw-w3.txt", "fact-mismatch", "30 October 2022"),
        ("kw-w3.txt", "inconsistent", "30 October 2022"),
        ("kw-w3.txt", "invalid-date", "31 September 2023"),
        ("kw-w4.txt", "fact-mismatch", "five years ago"),
        ("kw-w4.txt", "inconsistent", "five years ago"),
        ("kw-w4.txt", "weekday-mismatch", "Wednesday, Sept. 19, 2023"),
        ("kw-w4.txt", "inconsistent", "Feb. 23"),
        ("kw-w5.txt", "fact-mismatch", "three thousand"),
        ("kw-w5.txt", "inconsistent", "three thousand"),
        ("kw-w5.txt", "fact-mismatch", "Dec. 12, 2021"),
        ("kw-w5.txt", "inconsistent", "Dec. 12, 2021"),
        (
            "kw-w5.txt",
            "wrong-name",
            "Joint Security Treaty\nOrganization",
        ),
        ("kw-w5.txt", "anachronism", "Feb. 17, 2024"),
        // kx-*: a thirteenth blind set (no-break spaces in figures and
        // dates, a table, a list, subheads with figures), scored on the
        // build with round 9's fixes: all 14 caught, one false alarm, fixed:
        // "100\u{a0}000" read as 100 and a count of 000 (a no-break space
        // groups thousands as a thin space does)
        ("kx-s1.txt", "fact-mismatch", "October 6, 2023"),
        ("kx-s1.txt", "inconsistent", "October 6, 2023"),
        (
            "kx-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("kx-s1.txt", "acronym-mismatch", "CPI"),
        ("kx-s2.md", "fact-mismatch", "ten years"),
        ("kx-s2.md", "inconsistent", "ten years"),
        ("kx-s2.md", "fact-mismatch", "more than 120,000"),
        ("kx-s2.md", "inconsistent", "more than 120,000"),
        ("kx-s2.md", "fact-mismatch", "12 June 2025"),
        ("kx-s2.md", "inconsistent", "12 June 2025"),
        ("kx-s3.txt", "fact-mismatch", "31 October 2021"),
        ("kx-s3.txt", "inconsistent", "31 October 2021"),
        ("kx-s3.txt", "fact-mismatch", "28\u{a0}October 2023"),
        ("kx-s3.txt", "inconsistent", "28\u{a0}October 2023"),
        ("kx-s4.txt", "fact-mismatch", "1,690"),
        ("kx-s4.txt", "inconsistent", "1,690"),
        (
            "kx-s4.txt",
            "weekday-mismatch",
            "Tuesday, September 20, 2023",
        ),
        ("kx-s4.txt", "invalid-date", "31 April 2024"),
        ("kx-s5.txt", "fact-mismatch", "thirty years ago"),
        ("kx-s5.txt", "inconsistent", "thirty years ago"),
        ("kx-s5.txt", "inconsistent", "28 February 2024"),
        ("kx-s5.txt", "anachronism", "13 March 2026"),
        // ky-*: a fourteenth blind set (ordinal dates, parts of periods, a
        // time with a date, numbers in words), scored on the build with the
        // `kx-` round's fixes: 13 of 14 caught, no false alarm; the miss,
        // "More than 120,000 Armenians fled Karabakh in the last week of
        // September 2023" in an article of December 2024, caught since (a
        // subject with no dated fact is of the time its name gives)
        ("ky-s1.txt", "fact-mismatch", "1,906"),
        ("ky-s1.txt", "inconsistent", "1,906"),
        ("ky-s1.txt", "anachronism", "1 September 2024"),
        ("ky-s1.txt", "acronym-mismatch", "APCE"),
        ("ky-s2.md", "fact-mismatch", "fifty-four days"),
        ("ky-s2.md", "inconsistent", "fifty-four days"),
        ("ky-s2.md", "weekday-mismatch", "Tuesday, 9 November 2020"),
        ("ky-s2.md", "fact-mismatch", "two years ago"),
        ("ky-s2.md", "inconsistent", "two years ago"),
        ("ky-s3.txt", "fact-mismatch", "21 December 2022"),
        ("ky-s3.txt", "inconsistent", "21 December 2022"),
        ("ky-s3.txt", "invalid-date", "31 April 2023"),
        ("ky-s3.txt", "inconsistent", "23 February 2024"),
        ("ky-s4.txt", "fact-mismatch", "More than 120,000"),
        ("ky-s4.txt", "inconsistent", "More than 120,000"),
        ("ky-s4.txt", "fact-mismatch", "19th of April"),
        ("ky-s4.txt", "inconsistent", "19th of April"),
        ("ky-s5.txt", "fact-mismatch", "13 October 2022"),
        ("ky-s5.txt", "inconsistent", "13 October 2022"),
        ("ky-s5.txt", "fact-mismatch", "mid-May 2024"),
        ("ky-s5.txt", "inconsistent", "mid-May 2024"),
        (
            "ky-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        // kz-*: a fifteenth blind set (every earlier form mixed, hard-wrapped
        // text, two events of one kind in a sentence), scored on the build
        // with the `ky-` round's fixes: all 14 caught, one false alarm
        // (fixed since: `a_shared_name_leaves_a_date_the_other_subject_bears_out_unclaimed`)
        ("kz-s1.txt", "fact-mismatch", "four years ago"),
        ("kz-s1.txt", "inconsistent", "four years ago"),
        ("kz-s1.txt", "fact-mismatch", "26 September"),
        ("kz-s1.txt", "inconsistent", "26 September"),
        ("kz-s2.md", "acronym-mismatch", "OCSE"),
        ("kz-s2.md", "fact-mismatch", "nine weeks"),
        ("kz-s2.md", "inconsistent", "nine weeks"),
        ("kz-s2.md", "fact-mismatch", "2,960"),
        ("kz-s2.md", "inconsistent", "2,960"),
        ("kz-s2.md", "invalid-date", "June 31, 2023"),
        ("kz-s3.txt", "inconsistent", "28 February 2024"),
        (
            "kz-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("kz-s3.txt", "fact-mismatch", "6 October 2021"),
        ("kz-s3.txt", "inconsistent", "6 October 2021"),
        ("kz-s4.txt", "fact-mismatch", "December 12, 2021"),
        ("kz-s4.txt", "inconsistent", "December 12, 2021"),
        (
            "kz-s4.txt",
            "weekday-mismatch",
            "Thursday, September 19, 2023",
        ),
        ("kz-s4.txt", "fact-mismatch", "nearly 70,000"),
        ("kz-s4.txt", "inconsistent", "nearly 70,000"),
        ("kz-s5.txt", "fact-mismatch", "November 2026"),
        ("kz-s5.txt", "inconsistent", "November 2026"),
        ("kz-s5.txt", "anachronism", "24 May 2024"),
        // la-*: a sixteenth blind set (bare ordinal days, "the following
        // day", numbers in words, ranges, fractions, US and ISO dates,
        // correction notes), scored on the build before its fixes: all 14
        // caught, one false alarm, fixed since ("four-fifths of the
        // region's estimated 120,000 Armenians": the whole a part is
        // counted out of)
        ("la-s1.txt", "fact-mismatch", "1,690"),
        ("la-s1.txt", "inconsistent", "1,690"),
        ("la-s1.txt", "fact-mismatch", "Sept. 29, 2020"),
        ("la-s1.txt", "inconsistent", "Sept. 29, 2020"),
        (
            "la-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("la-s2.md", "weekday-mismatch", "Thursday, 12 June 2024"),
        ("la-s2.md", "fact-mismatch", "2022-12-02"),
        ("la-s2.md", "inconsistent", "2022-12-02"),
        ("la-s2.md", "anachronism", "8 August 2025"),
        ("la-s3.txt", "invalid-date", "29 February 2023"),
        ("la-s3.txt", "fact-mismatch", "16 April 2024"),
        ("la-s3.txt", "inconsistent", "16 April 2024"),
        ("la-s4.txt", "fact-mismatch", "nearly 150,000"),
        ("la-s4.txt", "inconsistent", "nearly 150,000"),
        ("la-s4.txt", "fact-mismatch", "four thousand"),
        ("la-s4.txt", "inconsistent", "four thousand"),
        ("la-s4.txt", "inconsistent", "Feb. 23, 2024"),
        ("la-s5.txt", "fact-mismatch", "six years ago"),
        ("la-s5.txt", "inconsistent", "six years ago"),
        ("la-s5.txt", "fact-mismatch", "54 days"),
        ("la-s5.txt", "inconsistent", "54 days"),
        ("la-s5.txt", "acronym-mismatch", "ODKB"),
        // lb-*: a seventeenth blind set (percentages, money in several
        // forms, times beside dates, mixed durations, vague counts, rates,
        // tables and lists, a figure corrected in the text), scored on the
        // session's starting build: all 14 caught, one false alarm, fixed
        // since ("Goris, a town of about 20,000 people": the size of a
        // place claims only a fact a rule cues by "population")
        ("lb-s1.txt", "fact-mismatch", "17 May 2024"),
        ("lb-s1.txt", "inconsistent", "17 May 2024"),
        ("lb-s1.txt", "weekday-mismatch", "Friday, 12 December 2022"),
        ("lb-s2.md", "fact-mismatch", "54 days"),
        ("lb-s2.md", "inconsistent", "54 days"),
        ("lb-s2.md", "fact-mismatch", "28 October 2023"),
        ("lb-s2.md", "inconsistent", "28 October 2023"),
        ("lb-s2.md", "acronym-mismatch", "CSCE"),
        ("lb-s3.txt", "fact-mismatch", "29 September 2020"),
        ("lb-s3.txt", "inconsistent", "29 September 2020"),
        ("lb-s3.txt", "fact-mismatch", "12 November 2022"),
        ("lb-s3.txt", "inconsistent", "12 November 2022"),
        ("lb-s3.txt", "invalid-date", "31 April 2023"),
        ("lb-s4.txt", "fact-mismatch", "more than 120,000"),
        ("lb-s4.txt", "inconsistent", "more than 120,000"),
        ("lb-s4.txt", "anachronism", "Sept. 26, 2024"),
        ("lb-s4.txt", "inconsistent", "Feb. 23, 2024"),
        ("lb-s5.txt", "fact-mismatch", "four years ago"),
        ("lb-s5.txt", "inconsistent", "four years ago"),
        ("lb-s5.txt", "fact-mismatch", "about 4,000"),
        ("lb-s5.txt", "inconsistent", "about 4,000"),
        (
            "lb-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        // lc-*: an eighteenth blind set (terms in mixed units, vote counts
        // and margins, per-capita figures, a Q&A explainer), scored on the
        // session's starting build: all 14 caught, one false alarm, the
        // place-size one of lb- ("a town of about 20,000 people"), fixed
        // since
        ("lc-s1.txt", "fact-mismatch", "More than 120,000"),
        ("lc-s1.txt", "inconsistent", "More than 120,000"),
        ("lc-s1.txt", "fact-mismatch", "three years ago"),
        ("lc-s1.txt", "inconsistent", "three years ago"),
        ("lc-s1.txt", "fact-mismatch", "November 2026"),
        ("lc-s1.txt", "inconsistent", "November 2026"),
        ("lc-s2.md", "fact-mismatch", "54 days"),
        ("lc-s2.md", "inconsistent", "54 days"),
        ("lc-s2.md", "fact-mismatch", "1,690"),
        ("lc-s2.md", "inconsistent", "1,690"),
        ("lc-s2.md", "acronym-mismatch", "CSCE"),
        ("lc-s3.txt", "weekday-mismatch", "Monday, 19 September 2023"),
        ("lc-s3.txt", "fact-mismatch", "13 October 2022"),
        ("lc-s3.txt", "inconsistent", "13 October 2022"),
        ("lc-s3.txt", "fact-mismatch", "12 July 2024"),
        ("lc-s3.txt", "inconsistent", "12 July 2024"),
        ("lc-s4.txt", "invalid-date", "31 September 2023"),
        ("lc-s4.txt", "fact-mismatch", "December 2020"),
        ("lc-s4.txt", "inconsistent", "December 2020"),
        ("lc-s4.txt", "anachronism", "3 January 2024"),
        ("lc-s5.txt", "inconsistent", "23 February 2024"),
        (
            "lc-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        // ld-*: a nineteenth blind set (units side by side, historical
        // dates, two subjects' facts in one sentence, figures attributed to
        // someone), scored on the session's starting build: 13 of 14
        // caught, three false alarms, two of them fixed by earlier rounds of
        // the session. Caught since: "reached Goris with his wife and three
        // children on 28 October 2023" (an anachronism: "and" before a
        // number joins two nouns, not two clauses). Fixed since: "a
        // nine-month blockade" (a duration joined to its noun is that
        // noun's)
        ("ld-s1.txt", "fact-mismatch", "nearly 4,000"),
        ("ld-s1.txt", "inconsistent", "nearly 4,000"),
        ("ld-s1.txt", "fact-mismatch", "17 March 2024"),
        ("ld-s1.txt", "inconsistent", "17 March 2024"),
        ("ld-s1.txt", "acronym-mismatch", "APCE"),
        ("ld-s2.md", "fact-mismatch", "eight weeks"),
        ("ld-s2.md", "inconsistent", "eight weeks"),
        ("ld-s2.md", "weekday-mismatch", "Sunday, 28 September 2023"),
        ("ld-s2.md", "fact-mismatch", "6 November 2022"),
        ("ld-s2.md", "inconsistent", "6 November 2022"),
        ("ld-s3.txt", "fact-mismatch", "12 December 2021"),
        ("ld-s3.txt", "inconsistent", "12 December 2021"),
        ("ld-s3.txt", "invalid-date", "31 April 2025"),
        ("ld-s4.txt", "fact-mismatch", "130,000"),
        ("ld-s4.txt", "inconsistent", "130,000"),
        ("ld-s4.txt", "fact-mismatch", "May 1995"),
        ("ld-s4.txt", "inconsistent", "May 1995"),
        ("ld-s4.txt", "anachronism", "28 October 2023"),
        ("ld-s5.txt", "fact-mismatch", "six years ago"),
        ("ld-s5.txt", "inconsistent", "six years ago"),
        ("ld-s5.txt", "inconsistent", "23 February 2024"),
        (
            "ld-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        // le-*: a twentieth blind set (money in euros, decimal
        // percentages, ordinal events, ages, magnitudes), scored on the
        // session's starting build: all 14 caught, two false alarms. Fixed
        // since: "The first Karabakh war, which broke out in 1988, ended
        // with the Bishkek ceasefire" (a date in a relative clause takes no
        // cue after it) and "Two days ago, Azerbaijan's defence ministry
        // said the withdrawal … was complete" (a cue that is the subject
        // of "was" gives way to the complement's).
        ("le-s1.txt", "fact-mismatch", "27 August 2020"),
        ("le-s1.txt", "inconsistent", "27 August 2020"),
        ("le-s1.txt", "acronym-mismatch", "CICR"),
        ("le-s2.md", "fact-mismatch", "six years ago"),
        ("le-s2.md", "inconsistent", "six years ago"),
        ("le-s2.md", "weekday-mismatch", "17 April 2024, a Monday"),
        ("le-s2.md", "inconsistent", "23 February 2024"),
        ("le-s3.txt", "fact-mismatch", "28 October 2023"),
        ("le-s3.txt", "inconsistent", "28 October 2023"),
        ("le-s3.txt", "fact-mismatch", "19 May 2024"),
        ("le-s3.txt", "inconsistent", "19 May 2024"),
        ("le-s3.txt", "invalid-date", "31 June 2025"),
        ("le-s4.txt", "fact-mismatch", "2 June 2024"),
        ("le-s4.txt", "inconsistent", "2 June 2024"),
        ("le-s4.txt", "fact-mismatch", "1,690"),
        ("le-s4.txt", "inconsistent", "1,690"),
        ("le-s4.txt", "anachronism", "17 January 2025"),
        ("le-s5.txt", "fact-mismatch", "54 days"),
        ("le-s5.txt", "inconsistent", "54 days"),
        ("le-s5.txt", "fact-mismatch", "nearly 70,000"),
        ("le-s5.txt", "inconsistent", "nearly 70,000"),
        (
            "le-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lf-s1.txt", "fact-mismatch", "nearly 4,000"),
        ("lf-s1.txt", "inconsistent", "nearly 4,000"),
        ("lf-s1.txt", "weekday-mismatch", "Saturday, 23 April 2023"),
        ("lf-s2.md", "fact-mismatch", "120,000"),
        ("lf-s2.md", "inconsistent", "120,000"),
        ("lf-s2.md", "fact-mismatch", "28 October 2023"),
        ("lf-s2.md", "inconsistent", "28 October 2023"),
        ("lf-s2.md", "fact-mismatch", "November 2026"),
        ("lf-s2.md", "inconsistent", "November 2026"),
        ("lf-s3.txt", "fact-mismatch", "12 November 2022"),
        ("lf-s3.txt", "inconsistent", "12 November 2022"),
        ("lf-s3.txt", "invalid-date", "31 September 2023"),
        ("lf-s4.txt", "fact-mismatch", "fifty-four days"),
        ("lf-s4.txt", "inconsistent", "fifty-four days"),
        ("lf-s4.txt", "fact-mismatch", "three years ago"),
        ("lf-s4.txt", "inconsistent", "three years ago"),
        // the CSTO's freeze on 22 February 2024 in two drafts, here the 23rd
        ("lf-s4.txt", "inconsistent", "23 February 2024"),
        ("lf-s4.txt", "acronym-mismatch", "EPA"),
        ("lf-s5.txt", "fact-mismatch", "September 29th, 2020"),
        ("lf-s5.txt", "inconsistent", "September 29th, 2020"),
        (
            "lf-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lf-s5.txt", "anachronism", "8 August 2025"),
        ("lg-s1.txt", "fact-mismatch", "60,100"),
        ("lg-s1.txt", "inconsistent", "60,100"),
        ("lg-s1.txt", "weekday-mismatch", "Monday, 19 September 2023"),
        ("lg-s1.txt", "anachronism", "12 October 2023"),
        ("lg-s2.md", "fact-mismatch", "some 5,000"),
        ("lg-s2.md", "inconsistent", "some 5,000"),
        ("lg-s2.md", "fact-mismatch", "three years ago"),
        ("lg-s2.md", "inconsistent", "three years ago"),
        ("lg-s2.md", "acronym-mismatch", "OCSE"),
        ("lg-s3.txt", "fact-mismatch", "17 May 2024"),
        ("lg-s3.txt", "inconsistent", "17 May 2024"),
        (
            "lg-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lg-s3.txt", "invalid-date", "31 April 2024"),
        ("lg-s4.txt", "fact-mismatch", "28 October 2023"),
        ("lg-s4.txt", "inconsistent", "28 October 2023"),
        ("lg-s4.txt", "inconsistent", "23 February 2024"),
        ("lg-s5.txt", "fact-mismatch", "29 September 2020"),
        ("lg-s5.txt", "inconsistent", "29 September 2020"),
        ("lg-s5.txt", "fact-mismatch", "54 days"),
        ("lg-s5.txt", "inconsistent", "54 days"),
        ("lg-s5.txt", "fact-mismatch", "16 October 2022"),
        ("lg-s5.txt", "inconsistent", "16 October 2022"),
        ("lh-s1.txt", "fact-mismatch", "19 March 2024"),
        ("lh-s1.txt", "inconsistent", "19 March 2024"),
        ("lh-s1.txt", "anachronism", "10 July 2024"),
        ("lh-s2.md", "fact-mismatch", "at least 4,000"),
        ("lh-s2.md", "inconsistent", "at least 4,000"),
        ("lh-s2.md", "fact-mismatch", "31 August 2022"),
        ("lh-s2.md", "inconsistent", "31 August 2022"),
        ("lh-s2.md", "invalid-date", "31 September 2023"),
        ("lh-s3.txt", "fact-mismatch", "26 September 2023"),
        ("lh-s3.txt", "inconsistent", "26 September 2023"),
        ("lh-s3.txt", "fact-mismatch", "120,600"),
        ("lh-s3.txt", "inconsistent", "120,600"),
        (
            "lh-s4.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("lh-s4.txt", "fact-mismatch", "five years ago"),
        ("lh-s4.txt", "inconsistent", "five years ago"),
        (
            "lh-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lh-s5.txt", "fact-mismatch", "54 days"),
        ("lh-s5.txt", "inconsistent", "54 days"),
        ("lh-s5.txt", "fact-mismatch", "Dec. 12, 2021"),
        ("lh-s5.txt", "inconsistent", "Dec. 12, 2021"),
        ("lh-s5.txt", "inconsistent", "23 February 2024"),
        ("lh-s5.txt", "acronym-mismatch", "APCE"),
        ("li-s1.txt", "fact-mismatch", "15 April"),
        ("li-s1.txt", "inconsistent", "15 April"),
        ("li-s1.txt", "fact-mismatch", "more than 3,000"),
        ("li-s1.txt", "inconsistent", "more than 3,000"),
        ("li-s1.txt", "anachronism", "10 May 2024"),
        ("li-s2.md", "invalid-date", "29 February 2023"),
        ("li-s2.md", "acronym-mismatch", "ODKB"),
        ("li-s2.md", "fact-mismatch", "2022"),
        ("li-s2.md", "inconsistent", "2022"),
        ("li-s3.txt", "fact-mismatch", "29 September 2020"),
        ("li-s3.txt", "inconsistent", "29 September 2020"),
        ("li-s3.txt", "fact-mismatch", "1 January 2025"),
        ("li-s3.txt", "inconsistent", "1 January 2025"),
        ("li-s4.txt", "weekday-mismatch", "Monday, 19 September 2023"),
        (
            "li-s4.txt",
            "fact-mismatch",
            "nearly a quarter of a million",
        ),
        ("li-s4.txt", "inconsistent", "nearly a quarter of a million"),
        ("li-s4.txt", "fact-mismatch", "three years ago"),
        ("li-s4.txt", "inconsistent", "three years ago"),
        ("li-s5.txt", "fact-mismatch", "ten years"),
        ("li-s5.txt", "inconsistent", "ten years"),
        ("li-s5.txt", "inconsistent", "23 February 2024"),
        (
            "li-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lj-s1.txt", "fact-mismatch", "five years ago"),
        ("lj-s1.txt", "inconsistent", "five years ago"),
        ("lj-s1.txt", "fact-mismatch", "2,960"),
        ("lj-s1.txt", "inconsistent", "2,960"),
        ("lj-s2.md", "fact-mismatch", "Sept. 21, 2023"),
        ("lj-s2.md", "inconsistent", "Sept. 21, 2023"),
        ("lj-s2.md", "fact-mismatch", "nearly 150,000"),
        ("lj-s2.md", "inconsistent", "nearly 150,000"),
        ("lj-s2.md", "inconsistent", "23 February 2024"),
        (
            "lj-s2.md",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        (
            "lj-s3.txt",
            "weekday-mismatch",
            "Wednesday, 27 September 2020",
        ),
        ("lj-s3.txt", "fact-mismatch", "17 June 2024"),
        ("lj-s3.txt", "inconsistent", "17 June 2024"),
        ("lj-s4.txt", "fact-mismatch", "12 January 2023"),
        ("lj-s4.txt", "inconsistent", "12 January 2023"),
        ("lj-s4.txt", "invalid-date", "31 September 2023"),
        ("lj-s4.txt", "anachronism", "1 January 2024"),
        ("lj-s5.txt", "fact-mismatch", "54 days"),
        ("lj-s5.txt", "inconsistent", "54 days"),
        ("lj-s5.txt", "fact-mismatch", "Oct. 16, 2022"),
        ("lj-s5.txt", "inconsistent", "Oct. 16, 2022"),
        ("lj-s5.txt", "acronym-mismatch", "CIJ"),
        ("lk-s1.txt", "fact-mismatch", "five years ago"),
        ("lk-s1.txt", "inconsistent", "five years ago"),
        ("lk-s1.txt", "fact-mismatch", "27 April 2024"),
        ("lk-s1.txt", "inconsistent", "27 April 2024"),
        ("lk-s1.txt", "fact-mismatch", "nearly 3,000"),
        ("lk-s1.txt", "inconsistent", "nearly 3,000"),
        ("lk-s2.md", "fact-mismatch", "64 days"),
        ("lk-s2.md", "inconsistent", "64 days"),
        ("lk-s2.md", "fact-mismatch", "29 September 2023"),
        ("lk-s2.md", "inconsistent", "29 September 2023"),
        ("lk-s3.txt", "weekday-mismatch", "Sunday, 10 November 2020"),
        ("lk-s3.txt", "fact-mismatch", "12 January 2023"),
        ("lk-s3.txt", "inconsistent", "12 January 2023"),
        ("lk-s4.txt", "fact-mismatch", "More than 130,000"),
        ("lk-s4.txt", "inconsistent", "More than 130,000"),
        ("lk-s4.txt", "invalid-date", "30 February 2022"),
        ("lk-s4.txt", "anachronism", "1 February 2024"),
        ("lk-s5.txt", "fact-mismatch", "21 October 2022"),
        ("lk-s5.txt", "inconsistent", "21 October 2022"),
        ("lk-s5.txt", "inconsistent", "26 February 2024"),
        (
            "lk-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lk-s5.txt", "acronym-mismatch", "CEPA"),
        ("ll-s1.txt", "fact-mismatch", "20 November 2020"),
        ("ll-s1.txt", "inconsistent", "20 November 2020"),
        ("ll-s1.txt", "fact-mismatch", "about 4,000"),
        ("ll-s1.txt", "inconsistent", "about 4,000"),
        ("ll-s1.txt", "anachronism", "22 April 2024"),
        ("ll-s2.md", "fact-mismatch", "four years ago"),
        ("ll-s2.md", "inconsistent", "four years ago"),
        ("ll-s2.md", "fact-mismatch", "some 150,000"),
        ("ll-s2.md", "inconsistent", "some 150,000"),
        ("ll-s2.md", "acronym-mismatch", "ODKB"),
        ("ll-s3.txt", "fact-mismatch", "12 December 2021"),
        ("ll-s3.txt", "inconsistent", "12 December 2021"),
        ("ll-s3.txt", "fact-mismatch", "28 October 2023"),
        ("ll-s3.txt", "inconsistent", "28 October 2023"),
        ("ll-s3.txt", "invalid-date", "31 September 2023"),
        ("ll-s4.txt", "fact-mismatch", "54 days"),
        ("ll-s4.txt", "inconsistent", "54 days"),
        (
            "ll-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        (
            "ll-s5.txt",
            "weekday-mismatch",
            "Thursday, 19 September 2023",
        ),
        ("ll-s5.txt", "fact-mismatch", "12 July 2024"),
        ("ll-s5.txt", "inconsistent", "12 July 2024"),
        ("ll-s5.txt", "inconsistent", "23 February 2024"),
        ("lm-s1.txt", "weekday-mismatch", "Tuesday, 12 June 2024"),
        ("lm-s1.txt", "fact-mismatch", "2,960"),
        ("lm-s1.txt", "inconsistent", "2,960"),
        ("lm-s1.txt", "inconsistent", "23 February 2024"),
        ("lm-s1.txt", "fact-mismatch", "19 March 2024"),
        ("lm-s1.txt", "inconsistent", "19 March 2024"),
        ("lm-s2.md", "fact-mismatch", "29 September 2020"),
        ("lm-s2.md", "inconsistent", "29 September 2020"),
        ("lm-s2.md", "fact-mismatch", "ten-year"),
        ("lm-s2.md", "inconsistent", "ten-year"),
        ("lm-s2.md", "acronym-mismatch", "CSCE"),
        ("lm-s3.txt", "fact-mismatch", "12 May 1995"),
        ("lm-s3.txt", "inconsistent", "12 May 1995"),
        ("lm-s3.txt", "fact-mismatch", "16 October 2022"),
        ("lm-s3.txt", "inconsistent", "16 October 2022"),
        ("lm-s4.txt", "anachronism", "9 May 2024"),
        ("lm-s4.txt", "fact-mismatch", "three years ago"),
        ("lm-s4.txt", "inconsistent", "three years ago"),
        ("lm-s4.txt", "fact-mismatch", "More than 120,000"),
        ("lm-s4.txt", "inconsistent", "More than 120,000"),
        ("lm-s5.txt", "inconsistent", "23 February 2024"),
        (
            "lm-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lm-s5.txt", "invalid-date", "31 September 2025"),
        ("ln-s1.txt", "weekday-mismatch", "Tuesday, 17 April 2024"),
        ("ln-s1.txt", "fact-mismatch", "3,960"),
        ("ln-s1.txt", "inconsistent", "3,960"),
        ("ln-s1.txt", "inconsistent", "23 February 2024"),
        ("ln-s2.md", "fact-mismatch", "27 October 2020"),
        ("ln-s2.md", "inconsistent", "27 October 2020"),
        ("ln-s2.md", "fact-mismatch", "54 days"),
        ("ln-s2.md", "inconsistent", "54 days"),
        ("ln-s2.md", "acronym-mismatch", "CEPA"),
        ("ln-s3.txt", "fact-mismatch", "12 December 2021"),
        ("ln-s3.txt", "inconsistent", "12 December 2021"),
        ("ln-s3.txt", "invalid-date", "29 February 2023"),
        ("ln-s3.txt", "fact-mismatch", "28 October 2023"),
        ("ln-s3.txt", "inconsistent", "28 October 2023"),
        ("ln-s4.txt", "fact-mismatch", "More than 150,000"),
        ("ln-s4.txt", "inconsistent", "More than 150,000"),
        ("ln-s4.txt", "fact-mismatch", "two years ago"),
        ("ln-s4.txt", "inconsistent", "two years ago"),
        ("ln-s4.txt", "anachronism", "2 November 2023"),
        ("ln-s5.txt", "fact-mismatch", "12 July 2024"),
        ("ln-s5.txt", "inconsistent", "12 July 2024"),
        (
            "ln-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lo-s1.txt", "invalid-date", "31 September 2023"),
        ("lo-s1.txt", "fact-mismatch", "1,690"),
        ("lo-s1.txt", "inconsistent", "1,690"),
        ("lo-s2.md", "fact-mismatch", "54 days"),
        ("lo-s2.md", "inconsistent", "54 days"),
        ("lo-s2.md", "weekday-mismatch", "Monday, 17 April 2024"),
        ("lo-s2.md", "acronym-mismatch", "OSCE"),
        ("lo-s3.txt", "fact-mismatch", "25 November 2020"),
        ("lo-s3.txt", "inconsistent", "25 November 2020"),
        ("lo-s3.txt", "fact-mismatch", "6 November 2022"),
        ("lo-s3.txt", "inconsistent", "6 November 2022"),
        ("lo-s4.txt", "fact-mismatch", "21 December 2022"),
        ("lo-s4.txt", "inconsistent", "21 December 2022"),
        ("lo-s4.txt", "anachronism", "1 June 2024"),
        ("lo-s5.txt", "fact-mismatch", "seven years ago"),
        ("lo-s5.txt", "inconsistent", "seven years ago"),
        ("lo-s5.txt", "fact-mismatch", "nearly 80,000"),
        ("lo-s5.txt", "inconsistent", "nearly 80,000"),
        ("lo-s5.txt", "fact-mismatch", "28 October 2023"),
        ("lo-s5.txt", "inconsistent", "28 October 2023"),
        ("lo-s5.txt", "inconsistent", "23 February 2024"),
        (
            "lo-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lp-s1.txt", "fact-mismatch", "nearly 150,000"),
        ("lp-s1.txt", "inconsistent", "nearly 150,000"),
        ("lp-s1.txt", "anachronism", "2 April 2025"),
        (
            "lp-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lp-s2.md", "fact-mismatch", "54 days"),
        ("lp-s2.md", "inconsistent", "54 days"),
        ("lp-s2.md", "fact-mismatch", "3,960"),
        ("lp-s2.md", "inconsistent", "3,960"),
        ("lp-s2.md", "acronym-mismatch", "CSCE"),
        ("lp-s3.txt", "fact-mismatch", "29 September 2020"),
        ("lp-s3.txt", "inconsistent", "29 September 2020"),
        ("lp-s3.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        ("lp-s3.txt", "fact-mismatch", "12 July 2024"),
        ("lp-s3.txt", "inconsistent", "12 July 2024"),
        ("lp-s4.txt", "fact-mismatch", "five years ago"),
        ("lp-s4.txt", "inconsistent", "five years ago"),
        ("lp-s4.txt", "fact-mismatch", "Oct. 16, 2022"),
        ("lp-s4.txt", "inconsistent", "Oct. 16, 2022"),
        ("lp-s4.txt", "inconsistent", "23 February 2024"),
        ("lp-s5.txt", "fact-mismatch", "May 12, 1995"),
        ("lp-s5.txt", "inconsistent", "May 12, 1995"),
        ("lp-s5.txt", "invalid-date", "31 April 2025"),
        ("lq-s1.txt", "fact-mismatch", "three years ago"),
        ("lq-s1.txt", "inconsistent", "three years ago"),
        ("lq-s1.txt", "fact-mismatch", "more than 150,000"),
        ("lq-s1.txt", "inconsistent", "more than 150,000"),
        ("lq-s1.txt", "fact-mismatch", "November 2026"),
        ("lq-s1.txt", "inconsistent", "November 2026"),
        (
            "lq-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lq-s2.md", "fact-mismatch", "34 days"),
        ("lq-s2.md", "inconsistent", "34 days"),
        ("lq-s2.md", "acronym-mismatch", "UNHCR"),
        (
            "lq-s3.txt",
            "weekday-mismatch",
            "Thursday, 12 December 2022",
        ),
        ("lq-s3.txt", "fact-mismatch", "1,690"),
        ("lq-s3.txt", "inconsistent", "1,690"),
        ("lq-s3.txt", "fact-mismatch", "1 January 2025"),
        ("lq-s3.txt", "inconsistent", "1 January 2025"),
        ("lq-s4.txt", "fact-mismatch", "29 September 2023"),
        ("lq-s4.txt", "inconsistent", "29 September 2023"),
        ("lq-s4.txt", "fact-mismatch", "7 April 2024"),
        ("lq-s4.txt", "inconsistent", "7 April 2024"),
        ("lq-s4.txt", "inconsistent", "23 February 2024"),
        ("lq-s5.txt", "invalid-date", "29 February 2023"),
        ("lq-s5.txt", "anachronism", "21 August 2023"),
        ("lr-s1.txt", "fact-mismatch", "three years ago"),
        ("lr-s1.txt", "inconsistent", "three years ago"),
        ("lr-s1.txt", "weekday-mismatch", "Sunday, 12 December 2022"),
        ("lr-s2.md", "fact-mismatch", "nearly 150,000"),
        ("lr-s2.md", "inconsistent", "nearly 150,000"),
        ("lr-s2.md", "fact-mismatch", "28 October 2023"),
        ("lr-s2.md", "inconsistent", "28 October 2023"),
        ("lr-s2.md", "acronym-mismatch", "OSCE"),
        ("lr-s3.txt", "invalid-date", "31 April 2021"),
        ("lr-s3.txt", "fact-mismatch", "16 October 2022"),
        ("lr-s3.txt", "inconsistent", "16 October 2022"),
        ("lr-s3.txt", "fact-mismatch", "12 January 2023"),
        ("lr-s3.txt", "inconsistent", "12 January 2023"),
        ("lr-s4.txt", "fact-mismatch", "54 days"),
        ("lr-s4.txt", "inconsistent", "54 days"),
        ("lr-s4.txt", "anachronism", "15 January 2025"),
        ("lr-s4.txt", "fact-mismatch", "12 July 2024"),
        ("lr-s4.txt", "inconsistent", "12 July 2024"),
        ("lr-s5.txt", "fact-mismatch", "4,000"),
        ("lr-s5.txt", "inconsistent", "4,000"),
        (
            "lr-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lr-s5.txt", "inconsistent", "23 February 2024"),
        // ls-*: round 31
        (
            "ls-s1.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("ls-s1.txt", "fact-mismatch", "some 150,000"),
        ("ls-s1.txt", "inconsistent", "some 150,000"),
        ("ls-s1.txt", "fact-mismatch", "last December"),
        ("ls-s1.txt", "inconsistent", "last December"),
        ("ls-s2.md", "fact-mismatch", "three years"),
        ("ls-s2.md", "inconsistent", "three years"),
        ("ls-s2.md", "fact-mismatch", "four years ago"),
        ("ls-s2.md", "inconsistent", "four years ago"),
        ("ls-s2.md", "fact-mismatch", "September 29, 2023"),
        ("ls-s2.md", "inconsistent", "September 29, 2023"),
        ("ls-s2.md", "acronym-mismatch", "GRU"),
        (
            "ls-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("ls-s4.txt", "fact-mismatch", "four weeks"),
        ("ls-s4.txt", "inconsistent", "four weeks"),
        ("ls-s4.txt", "fact-mismatch", "last May"),
        ("ls-s4.txt", "inconsistent", "last May"),
        ("ls-s4.txt", "anachronism", "April 14, 2025"),
        ("ls-s5.txt", "fact-mismatch", "some four thousand"),
        ("ls-s5.txt", "inconsistent", "some four thousand"),
        ("ls-s5.txt", "invalid-date", "29 February 2022"),
        // lt-*: round 32
        ("lt-s1.txt", "fact-mismatch", "more than 110,000"),
        ("lt-s1.txt", "inconsistent", "more than 110,000"),
        (
            "lt-s1.txt",
            "weekday-mismatch",
            "Thursday, 20 September 2023",
        ),
        ("lt-s1.txt", "acronym-mismatch", "RSF"),
        ("lt-s2.md", "fact-mismatch", "10 December 2020"),
        ("lt-s2.md", "inconsistent", "10 December 2020"),
        ("lt-s2.md", "fact-mismatch", "last month"),
        ("lt-s2.md", "inconsistent", "last month"),
        (
            "lt-s2.md",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lt-s3.txt", "fact-mismatch", "four years ago"),
        ("lt-s3.txt", "inconsistent", "four years ago"),
        ("lt-s3.txt", "fact-mismatch", "29 September 2020"),
        ("lt-s3.txt", "inconsistent", "29 September 2020"),
        ("lt-s3.txt", "invalid-date", "31 September 2024"),
        ("lt-s4.txt", "fact-mismatch", "nearly 3,000"),
        ("lt-s4.txt", "inconsistent", "nearly 3,000"),
        ("lt-s4.txt", "fact-mismatch", "34 days"),
        ("lt-s4.txt", "inconsistent", "34 days"),
        ("lt-s4.txt", "anachronism", "1 September 2022"),
        ("lt-s5.txt", "fact-mismatch", "ten years"),
        ("lt-s5.txt", "inconsistent", "ten years"),
        ("lt-s5.txt", "fact-mismatch", "last December"),
        ("lt-s5.txt", "inconsistent", "last December"),
        // lu-*: round 34
        (
            "lu-s1.txt",
            "weekday-mismatch",
            "Thursday, 20 September 2023",
        ),
        ("lu-s1.txt", "fact-mismatch", "some 3,000"),
        ("lu-s1.txt", "inconsistent", "some 3,000"),
        ("lu-s1.txt", "fact-mismatch", "34 days"),
        ("lu-s1.txt", "inconsistent", "34 days"),
        ("lu-s2.md", "fact-mismatch", "12 November 2020"),
        ("lu-s2.md", "inconsistent", "12 November 2020"),
        ("lu-s2.md", "fact-mismatch", "last month"),
        ("lu-s2.md", "inconsistent", "last month"),
        ("lu-s2.md", "acronym-mismatch", "ICJ"),
        ("lu-s2.md", "invalid-date", "31 June 2024"),
        ("lu-s3.txt", "fact-mismatch", "12 December 2021"),
        ("lu-s3.txt", "inconsistent", "12 December 2021"),
        ("lu-s3.txt", "fact-mismatch", "17 May 2024"),
        ("lu-s3.txt", "inconsistent", "17 May 2024"),
        ("lu-s4.txt", "fact-mismatch", "four years ago"),
        ("lu-s4.txt", "inconsistent", "four years ago"),
        ("lu-s4.txt", "fact-mismatch", "some 150,000"),
        ("lu-s4.txt", "inconsistent", "some 150,000"),
        ("lu-s5.txt", "fact-mismatch", "29 September 2020"),
        ("lu-s5.txt", "inconsistent", "29 September 2020"),
        (
            "lu-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("lu-s5.txt", "anachronism", "26 October 2021"),
        // lv-*: round 35
        ("lv-s1.txt", "fact-mismatch", "nearly 3,000"),
        ("lv-s1.txt", "inconsistent", "nearly 3,000"),
        ("lv-s1.txt", "weekday-mismatch", "Tuesday, 22 April 2024"),
        ("lv-s2.md", "fact-mismatch", "November 2026"),
        ("lv-s2.md", "inconsistent", "November 2026"),
        ("lv-s2.md", "fact-mismatch", "more than 120,000"),
        ("lv-s2.md", "inconsistent", "more than 120,000"),
        ("lv-s2.md", "acronym-mismatch", "PACE"),
        ("lv-s3.txt", "fact-mismatch", "27 October 2020"),
        ("lv-s3.txt", "inconsistent", "27 October 2020"),
        ("lv-s3.txt", "fact-mismatch", "12 December 2021"),
        ("lv-s3.txt", "inconsistent", "12 December 2021"),
        ("lv-s3.txt", "invalid-date", "31 April 2023"),
        ("lv-s4.txt", "fact-mismatch", "34 days"),
        ("lv-s4.txt", "inconsistent", "34 days"),
        ("lv-s4.txt", "fact-mismatch", "two years ago"),
        ("lv-s4.txt", "inconsistent", "two years ago"),
        ("lv-s4.txt", "anachronism", "3 March 2026"),
        ("lv-s5.txt", "fact-mismatch", "four years ago"),
        ("lv-s5.txt", "inconsistent", "four years ago"),
        ("lv-s5.txt", "fact-mismatch", "1 January 2025"),
        ("lv-s5.txt", "inconsistent", "1 January 2025"),
        (
            "lv-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        // lw-*: round 36
        ("lw-s1.txt", "fact-mismatch", "26 September"),
        ("lw-s1.txt", "inconsistent", "26 September"),
        ("lw-s1.txt", "weekday-mismatch", "Monday, 19 September 2023"),
        ("lw-s1.txt", "acronym-mismatch", "CPI"),
        ("lw-s2.md", "fact-mismatch", "24 April"),
        ("lw-s2.md", "inconsistent", "24 April"),
        ("lw-s2.md", "fact-mismatch", "1,690"),
        ("lw-s2.md", "inconsistent", "1,690"),
        ("lw-s3.txt", "fact-mismatch", "three years"),
        ("lw-s3.txt", "inconsistent", "three years"),
        ("lw-s3.txt", "inconsistent", "26 February 2024"),
        (
            "lw-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lw-s4.txt", "fact-mismatch", "between 120,000 and 130,000"),
        ("lw-s4.txt", "inconsistent", "between 120,000 and 130,000"),
        ("lw-s4.txt", "invalid-date", "31 June 2023"),
        ("lw-s4.txt", "anachronism", "17 January 2025"),
        (
            "lw-s5.txt",
            "weekday-mismatch",
            "Wednesday, 12 December 2022",
        ),
        ("lw-s5.txt", "fact-mismatch", "19 April 2023"),
        ("lw-s5.txt", "inconsistent", "19 April 2023"),
        ("lw-s5.txt", "fact-mismatch", "12 July 2024"),
        ("lw-s5.txt", "inconsistent", "12 July 2024"),
        // lx-*: round 37
        ("lx-s1.txt", "weekday-mismatch", "Thursday, 19 April 2024"),
        ("lx-s1.txt", "fact-mismatch", "November 2021"),
        ("lx-s1.txt", "inconsistent", "November 2021"),
        ("lx-s2.md", "acronym-mismatch", "ICC"),
        ("lx-s2.md", "fact-mismatch", "110,600"),
        ("lx-s2.md", "inconsistent", "110,600"),
        ("lx-s2.md", "fact-mismatch", "October 2023"),
        ("lx-s2.md", "inconsistent", "October 2023"),
        ("lx-s3.txt", "fact-mismatch", "April 2023"),
        ("lx-s3.txt", "inconsistent", "April 2023"),
        ("lx-s3.txt", "inconsistent", "29 February 2024"),
        (
            "lx-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lx-s4.txt", "anachronism", "3 July 2024"),
        ("lx-s4.txt", "fact-mismatch", "Around 3,000"),
        ("lx-s4.txt", "inconsistent", "Around 3,000"),
        ("lx-s4.txt", "fact-mismatch", "42-day"),
        ("lx-s4.txt", "inconsistent", "42-day"),
        ("lx-s5.txt", "invalid-date", "31 November 2020"),
        ("lx-s5.txt", "fact-mismatch", "31 October 2023"),
        ("lx-s5.txt", "inconsistent", "31 October 2023"),
        ("lx-s5.txt", "weekday-mismatch", "Friday, 28 September 2023"),
        // ly-*: round 38
        ("ly-s1.txt", "fact-mismatch", "18 April"),
        ("ly-s1.txt", "inconsistent", "18 April"),
        ("ly-s1.txt", "acronym-mismatch", "ODKB"),
        ("ly-s2.md", "invalid-date", "29 February 2023"),
        ("ly-s2.md", "fact-mismatch", "5 October 2022"),
        ("ly-s2.md", "inconsistent", "5 October 2022"),
        ("ly-s2.md", "fact-mismatch", "110,617"),
        ("ly-s2.md", "inconsistent", "110,617"),
        ("ly-s3.txt", "fact-mismatch", "3,000"),
        ("ly-s3.txt", "inconsistent", "3,000"),
        ("ly-s3.txt", "anachronism", "29 September 2023"),
        (
            "ly-s3.txt",
            "weekday-mismatch",
            "Tuesday, 20 September 2023",
        ),
        ("ly-s4.txt", "fact-mismatch", "July 2024"),
        ("ly-s4.txt", "inconsistent", "July 2024"),
        ("ly-s4.txt", "fact-mismatch", "six years ago"),
        ("ly-s4.txt", "inconsistent", "six years ago"),
        ("ly-s4.txt", "inconsistent", "24 February 2024"),
        ("ly-s5.txt", "weekday-mismatch", "12 June 2024 (a Thursday"),
        ("ly-s5.txt", "fact-mismatch", "29 April"),
        ("ly-s5.txt", "inconsistent", "29 April"),
        (
            "ly-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        // lz-*: round 39
        (
            "lz-s1.txt",
            "weekday-mismatch",
            "Wednesday, 17 January 2025",
        ),
        ("lz-s1.txt", "anachronism", "28 June 2026"),
        ("lz-s1.txt", "fact-mismatch", "28 October 2023"),
        ("lz-s1.txt", "inconsistent", "28 October 2023"),
        ("lz-s2.md", "acronym-mismatch", "CPI"),
        ("lz-s2.md", "weekday-mismatch", "Monday, 10 November 2020"),
        ("lz-s2.md", "fact-mismatch", "13 December 2022"),
        ("lz-s2.md", "inconsistent", "13 December 2022"),
        ("lz-s3.txt", "invalid-date", "31 September 2025"),
        ("lz-s3.txt", "fact-mismatch", "seven weeks"),
        ("lz-s3.txt", "inconsistent", "seven weeks"),
        ("lz-s3.txt", "fact-mismatch", "1,690"),
        ("lz-s3.txt", "inconsistent", "1,690"),
        ("lz-s4.txt", "fact-mismatch", "October 2023"),
        ("lz-s4.txt", "inconsistent", "October 2023"),
        ("lz-s4.txt", "inconsistent", "2 February 2024"),
        (
            "lz-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("lz-s5.txt", "fact-mismatch", "12 May 1995"),
        ("lz-s5.txt", "inconsistent", "12 May 1995"),
        ("lz-s5.txt", "fact-mismatch", "24 April 2024"),
        ("lz-s5.txt", "inconsistent", "24 April 2024"),
        // ma-*: round 40
        ("ma-s1.txt", "fact-mismatch", "1 January 2025"),
        ("ma-s1.txt", "inconsistent", "1 January 2025"),
        ("ma-s1.txt", "acronym-mismatch", "CICR"),
        ("ma-s2.md", "fact-mismatch", "17 March"),
        ("ma-s2.md", "inconsistent", "17 March"),
        ("ma-s2.md", "anachronism", "7 February 2025"),
        ("ma-s2.md", "fact-mismatch", "21 December 2022"),
        ("ma-s2.md", "inconsistent", "21 December 2022"),
        ("ma-s3.txt", "fact-mismatch", "1,906"),
        ("ma-s3.txt", "inconsistent", "1,906"),
        ("ma-s3.txt", "fact-mismatch", "54 days"),
        ("ma-s3.txt", "inconsistent", "54 days"),
        ("ma-s3.txt", "inconsistent", "12 February 2024"),
        ("ma-s4.txt", "invalid-date", "31 September 2020"),
        (
            "ma-s4.txt",
            "weekday-mismatch",
            "Saturday, 27 September 2020",
        ),
        ("ma-s4.txt", "fact-mismatch", "120,000"),
        ("ma-s4.txt", "inconsistent", "120,000"),
        ("ma-s5.txt", "weekday-mismatch", "Thursday, 19 April 2024"),
        (
            "ma-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("ma-s5.txt", "fact-mismatch", "January 2023"),
        ("ma-s5.txt", "inconsistent", "January 2023"),
        // mb-*: round 41
        ("mb-s1.txt", "fact-mismatch", "two years ago"),
        ("mb-s1.txt", "inconsistent", "two years ago"),
        ("mb-s1.txt", "fact-mismatch", "four years"),
        ("mb-s1.txt", "inconsistent", "four years"),
        ("mb-s1.txt", "weekday-mismatch", "Sunday, 12 December 2022"),
        ("mb-s2.md", "fact-mismatch", "four weeks"),
        ("mb-s2.md", "inconsistent", "four weeks"),
        ("mb-s2.md", "fact-mismatch", "29 April"),
        ("mb-s2.md", "inconsistent", "29 April"),
        ("mb-s2.md", "acronym-mismatch", "OSCE"),
        ("mb-s3.txt", "weekday-mismatch", "Saturday, 9 March 2025"),
        ("mb-s3.txt", "invalid-date", "29 February 1942"),
        ("mb-s3.txt", "anachronism", "15 March 2025"),
        ("mb-s4.txt", "fact-mismatch", "29 September 2023"),
        ("mb-s4.txt", "inconsistent", "29 September 2023"),
        ("mb-s4.txt", "fact-mismatch", "120,000"),
        ("mb-s4.txt", "inconsistent", "120,000"),
        ("mb-s5.txt", "fact-mismatch", "last April"),
        ("mb-s5.txt", "inconsistent", "last April"),
        ("mb-s5.txt", "inconsistent", "26 February 2024"),
        (
            "mb-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        // mc-*: round 42
        ("mc-s1.txt", "acronym-mismatch", "DRC"),
        (
            "mc-s1.txt",
            "invalid-date",
            "between 2 October and 31 November 2023",
        ),
        ("mc-s2.md", "weekday-mismatch", "12 June 2024, a Thursday"),
        ("mc-s2.md", "fact-mismatch", "three-year"),
        ("mc-s2.md", "inconsistent", "three-year"),
        ("mc-s2.md", "fact-mismatch", "19 September 2022"),
        ("mc-s2.md", "inconsistent", "19 September 2022"),
        ("mc-s3.txt", "fact-mismatch", "Forty days"),
        ("mc-s3.txt", "inconsistent", "Forty days"),
        (
            "mc-s3.txt",
            "weekday-mismatch",
            "from Tuesday 19 September to Thursday 20 September 2023",
        ),
        ("mc-s3.txt", "fact-mismatch", "more than 110,000"),
        ("mc-s3.txt", "inconsistent", "more than 110,000"),
        ("mc-s4.txt", "anachronism", "20 March 2025"),
        (
            "mc-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mc-s4.txt", "fact-mismatch", "18 April 2024"),
        ("mc-s4.txt", "inconsistent", "18 April 2024"),
        ("mc-s5.txt", "fact-mismatch", "1,906"),
        ("mc-s5.txt", "inconsistent", "1,906"),
        ("mc-s5.txt", "fact-mismatch", "7 October 2022"),
        ("mc-s5.txt", "inconsistent", "7 October 2022"),
        ("mc-s5.txt", "inconsistent", "29 February 2024"),
        // md-*: round 43
        (
            "md-s1.txt",
            "weekday-mismatch",
            "Tuesday, 20 September 2023",
        ),
        ("md-s1.txt", "fact-mismatch", "more than 115,000"),
        ("md-s1.txt", "inconsistent", "more than 115,000"),
        ("md-s1.txt", "fact-mismatch", "31 October 2023"),
        ("md-s1.txt", "inconsistent", "31 October 2023"),
        ("md-s2.md", "fact-mismatch", "46 days"),
        ("md-s2.md", "inconsistent", "46 days"),
        ("md-s2.md", "fact-mismatch", "2,960"),
        ("md-s2.md", "inconsistent", "2,960"),
        ("md-s2.md", "inconsistent", "28 February 2024"),
        ("md-s2.md", "acronym-mismatch", "ECHR"),
        ("md-s3.txt", "fact-mismatch", "November 2021"),
        ("md-s3.txt", "inconsistent", "November 2021"),
        ("md-s3.txt", "anachronism", "19 April 2024"),
        ("md-s4.txt", "fact-mismatch", "27 September 2023"),
        ("md-s4.txt", "inconsistent", "27 September 2023"),
        (
            "md-s4.txt",
            "invalid-date",
            "between 24 September and 31 September 2023",
        ),
        (
            "md-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("md-s5.txt", "fact-mismatch", "12 November 2022"),
        ("md-s5.txt", "inconsistent", "12 November 2022"),
        ("md-s5.txt", "weekday-mismatch", "Friday, 28 September 2023"),
        // me-*: round 44
        ("me-s1.txt", "weekday-mismatch", "Monday, 26 December 2025"),
        ("me-s1.txt", "fact-mismatch", "1,860"),
        ("me-s1.txt", "inconsistent", "1,860"),
        (
            "me-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("me-s2.md", "invalid-date", "29 February 2025"),
        ("me-s2.md", "fact-mismatch", "6 October 2023"),
        ("me-s2.md", "inconsistent", "6 October 2023"),
        ("me-s3.txt", "fact-mismatch", "42-day"),
        ("me-s3.txt", "inconsistent", "42-day"),
        ("me-s3.txt", "anachronism", "3 March 2026"),
        ("me-s3.txt", "acronym-mismatch", "ICJ"),
        ("me-s4.txt", "inconsistent", "24 February 2024"),
        ("me-s4.txt", "weekday-mismatch", "Thursday, 17 April 2024"),
        ("me-s4.txt", "fact-mismatch", "10 June 2024"),
        ("me-s4.txt", "inconsistent", "10 June 2024"),
        (
            "me-s5.txt",
            "weekday-mismatch",
            "25 September 2023, a Tuesday",
        ),
        ("me-s5.txt", "fact-mismatch", "120,000"),
        ("me-s5.txt", "inconsistent", "120,000"),
        ("me-s5.txt", "fact-mismatch", "four years ago"),
        ("me-s5.txt", "inconsistent", "four years ago"),
        // mf-*: round 45
        ("mf-s1.txt", "fact-mismatch", "1992"),
        ("mf-s1.txt", "inconsistent", "1992"),
        ("mf-s1.txt", "acronym-mismatch", "APCE"),
        ("mf-s2.md", "fact-mismatch", "last December"),
        ("mf-s2.md", "inconsistent", "last December"),
        ("mf-s2.md", "anachronism", "29 December 2024"),
        (
            "mf-s2.md",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        (
            "mf-s3.txt",
            "weekday-mismatch",
            "28th of September 2023, a Friday",
        ),
        ("mf-s3.txt", "invalid-date", "31st of November 2020"),
        ("mf-s3.txt", "inconsistent", "24th of February 2024"),
        ("mf-s4.txt", "fact-mismatch", "2022-12-21"),
        ("mf-s4.txt", "inconsistent", "2022-12-21"),
        ("mf-s4.txt", "fact-mismatch", "1\u{202f}690"),
        ("mf-s4.txt", "inconsistent", "1\u{202f}690"),
        ("mf-s4.txt", "fact-mismatch", "47 days"),
        ("mf-s4.txt", "inconsistent", "47 days"),
        ("mf-s5.txt", "weekday-mismatch", "Tuesday, April 17th, 2024"),
        ("mf-s5.txt", "fact-mismatch", "October 30, 2022"),
        ("mf-s5.txt", "inconsistent", "October 30, 2022"),
        ("mf-s5.txt", "fact-mismatch", "January 2021"),
        ("mf-s5.txt", "inconsistent", "January 2021"),
        // mg-*: round 46
        ("mg-s1.txt", "fact-mismatch", "27 September 2021"),
        ("mg-s1.txt", "inconsistent", "27 September 2021"),
        ("mg-s1.txt", "fact-mismatch", "2,960"),
        ("mg-s1.txt", "inconsistent", "2,960"),
        (
            "mg-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mg-s2.md", "fact-mismatch", "110,600"),
        ("mg-s2.md", "inconsistent", "110,600"),
        ("mg-s2.md", "anachronism", "19 September 2024"),
        ("mg-s2.md", "weekday-mismatch", "Thursday, 30 October 2024"),
        ("mg-s3.txt", "invalid-date", "31 June 2023"),
        ("mg-s3.txt", "fact-mismatch", "26 September"),
        ("mg-s3.txt", "inconsistent", "26 September"),
        ("mg-s3.txt", "acronym-mismatch", "ODKB"),
        (
            "mg-s4.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("mg-s4.txt", "inconsistent", "28 February 2024"),
        ("mg-s4.txt", "fact-mismatch", "12 July 2024"),
        ("mg-s4.txt", "inconsistent", "12 July 2024"),
        ("mg-s5.txt", "fact-mismatch", "1 February 2023"),
        ("mg-s5.txt", "inconsistent", "1 February 2023"),
        ("mg-s5.txt", "fact-mismatch", "20 April 2024"),
        ("mg-s5.txt", "inconsistent", "20 April 2024"),
        // mh-*: round 47
        ("mh-s1.txt", "fact-mismatch", "120,000"),
        ("mh-s1.txt", "inconsistent", "120,000"),
        (
            "mh-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mh-s1.txt", "weekday-mismatch", "Sunday, 28 September 2024"),
        ("mh-s2.md", "fact-mismatch", "12 November 2020"),
        ("mh-s2.md", "inconsistent", "12 November 2020"),
        ("mh-s2.md", "fact-mismatch", "November 2021"),
        ("mh-s2.md", "inconsistent", "November 2021"),
        ("mh-s2.md", "anachronism", "3 June 2025"),
        ("mh-s3.txt", "acronym-mismatch", "TAS"),
        ("mh-s3.txt", "fact-mismatch", "54 days"),
        ("mh-s3.txt", "inconsistent", "54 days"),
        ("mh-s3.txt", "inconsistent", "26 February 2024"),
        ("mh-s4.txt", "invalid-date", "31 September 2022"),
        ("mh-s4.txt", "fact-mismatch", "6 October 2023"),
        ("mh-s4.txt", "inconsistent", "6 October 2023"),
        ("mh-s4.txt", "fact-mismatch", "28 October 2023"),
        ("mh-s4.txt", "inconsistent", "28 October 2023"),
        ("mh-s5.txt", "weekday-mismatch", "Saturday, 6 October 2024"),
        ("mh-s5.txt", "fact-mismatch", "19 September 2022"),
        ("mh-s5.txt", "inconsistent", "19 September 2022"),
        // mi-*: round 48
        ("mi-s1.txt", "fact-mismatch", "nearly two months"),
        ("mi-s1.txt", "inconsistent", "nearly two months"),
        ("mi-s1.txt", "fact-mismatch", "well over 130,000"),
        ("mi-s1.txt", "inconsistent", "well over 130,000"),
        (
            "mi-s1.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("mi-s2.md", "fact-mismatch", "three months ago"),
        ("mi-s2.md", "inconsistent", "three months ago"),
        ("mi-s2.md", "anachronism", "10 May 2025"),
        (
            "mi-s2.md",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mi-s3.txt", "invalid-date", "31 September 2023"),
        ("mi-s3.txt", "fact-mismatch", "12 December 2021"),
        ("mi-s3.txt", "inconsistent", "12 December 2021"),
        ("mi-s3.txt", "acronym-mismatch", "ICC"),
        ("mi-s4.txt", "fact-mismatch", "1,690"),
        ("mi-s4.txt", "inconsistent", "1,690"),
        ("mi-s4.txt", "inconsistent", "27 February 2024"),
        ("mi-s4.txt", "weekday-mismatch", "Thursday, 19 April 2024"),
        ("mi-s5.txt", "fact-mismatch", "May 1993"),
        ("mi-s5.txt", "inconsistent", "May 1993"),
        ("mi-s5.txt", "fact-mismatch", "the end of May 2024"),
        ("mi-s5.txt", "inconsistent", "the end of May 2024"),
        // mj-*: round 49
        ("mj-s1.txt", "invalid-date", "31 June 1940"),
        ("mj-s1.txt", "fact-mismatch", "May 1995"),
        ("mj-s1.txt", "inconsistent", "May 1995"),
        ("mj-s1.txt", "weekday-mismatch", "Monday, 27 September 2020"),
        ("mj-s2.md", "acronym-mismatch", "CSI"),
        ("mj-s2.md", "fact-mismatch", "early December 2020"),
        ("mj-s2.md", "inconsistent", "early December 2020"),
        ("mj-s2.md", "fact-mismatch", "12 July 2024"),
        ("mj-s2.md", "inconsistent", "12 July 2024"),
        ("mj-s3.txt", "fact-mismatch", "two years ago"),
        ("mj-s3.txt", "inconsistent", "two years ago"),
        ("mj-s3.txt", "inconsistent", "24 February 2024"),
        ("mj-s3.txt", "anachronism", "4 May 2025"),
        ("mj-s4.txt", "fact-mismatch", "2,960"),
        ("mj-s4.txt", "inconsistent", "2,960"),
        ("mj-s4.txt", "fact-mismatch", "October 2023"),
        ("mj-s4.txt", "inconsistent", "October 2023"),
        (
            "mj-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("mj-s5.txt", "fact-mismatch", "more than 110,000"),
        ("mj-s5.txt", "inconsistent", "more than 110,000"),
        (
            "mj-s5.txt",
            "weekday-mismatch",
            "Tuesday, 25 September 2023",
        ),
        // mk-*: round 50
        ("mk-s1.txt", "fact-mismatch", "108,617"),
        ("mk-s1.txt", "inconsistent", "108,617"),
        ("mk-s1.txt", "weekday-mismatch", "Monday, 24 September 2023"),
        ("mk-s1.txt", "acronym-mismatch", "UNCHR"),
        ("mk-s2.md", "fact-mismatch", "17 April 2023"),
        ("mk-s2.md", "inconsistent", "17 April 2023"),
        ("mk-s2.md", "fact-mismatch", "2022-10-16"),
        ("mk-s2.md", "inconsistent", "2022-10-16"),
        ("mk-s2.md", "inconsistent", "2024-02-26"),
        ("mk-s3.txt", "fact-mismatch", "12 May 2024"),
        ("mk-s3.txt", "inconsistent", "12 May 2024"),
        ("mk-s3.txt", "fact-mismatch", "9 April 2024"),
        ("mk-s3.txt", "inconsistent", "9 April 2024"),
        ("mk-s3.txt", "anachronism", "30 August 2025"),
        ("mk-s3.txt", "fact-mismatch", "30 August 2025"),
        ("mk-s3.txt", "inconsistent", "30 August 2025"),
        ("mk-s4.txt", "weekday-mismatch", "Saturday, 19 April 2024"),
        (
            "mk-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mk-s4.txt", "fact-mismatch", "31 October 2023"),
        ("mk-s4.txt", "inconsistent", "31 October 2023"),
        ("mk-s5.txt", "fact-mismatch", "23 September 2023"),
        ("mk-s5.txt", "inconsistent", "23 September 2023"),
        ("mk-s5.txt", "invalid-date", "31 November 2024"),
        // ml-*: round 51
        ("ml-s1.txt", "fact-mismatch", "twenty-sixth of September"),
        ("ml-s1.txt", "inconsistent", "twenty-sixth of September"),
        (
            "ml-s1.txt",
            "fact-mismatch",
            "More than one hundred and twenty thousand",
        ),
        (
            "ml-s1.txt",
            "inconsistent",
            "More than one hundred and twenty thousand",
        ),
        (
            "ml-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("ml-s2.md", "fact-mismatch", "ten years"),
        ("ml-s2.md", "inconsistent", "ten years"),
        ("ml-s2.md", "anachronism", "26 September 2024"),
        ("ml-s2.md", "inconsistent", "February 2"),
        ("ml-s3.txt", "invalid-date", "31 September 2025"),
        ("ml-s3.txt", "fact-mismatch", "forty-seven days"),
        ("ml-s3.txt", "inconsistent", "forty-seven days"),
        ("ml-s3.txt", "fact-mismatch", "four years ago"),
        ("ml-s3.txt", "inconsistent", "four years ago"),
        ("ml-s4.txt", "fact-mismatch", "10 October 2020"),
        ("ml-s4.txt", "inconsistent", "10 October 2020"),
        ("ml-s4.txt", "weekday-mismatch", "Thursday, 17 April 2024"),
        ("ml-s4.txt", "acronym-mismatch", "ICJ"),
        ("ml-s5.txt", "fact-mismatch", "12 November 2022"),
        ("ml-s5.txt", "inconsistent", "12 November 2022"),
        ("ml-s5.txt", "weekday-mismatch", "Friday, 6 October 2022"),
        // mm-*: round 52
        ("mm-s1.txt", "weekday-mismatch", "Wednesday, Sept. 19, 2023"),
        ("mm-s1.txt", "fact-mismatch", "Sept. 17, 2020"),
        ("mm-s1.txt", "inconsistent", "Sept. 17, 2020"),
        ("mm-s1.txt", "fact-mismatch", "1,690"),
        ("mm-s1.txt", "inconsistent", "1,690"),
        ("mm-s2.md", "fact-mismatch", "Dec. 21, 2022"),
        ("mm-s2.md", "inconsistent", "Dec. 21, 2022"),
        ("mm-s2.md", "acronym-mismatch", "OCSE"),
        ("mm-s2.md", "anachronism", "Nov. 14, 2024"),
        (
            "mm-s3.txt",
            "weekday-mismatch",
            "7 p.m. Friday, Sept. 26, 2024",
        ),
        ("mm-s3.txt", "fact-mismatch", "Jan. 1, 2023"),
        ("mm-s3.txt", "inconsistent", "Jan. 1, 2023"),
        ("mm-s4.txt", "fact-mismatch", "May 12, 1995"),
        ("mm-s4.txt", "inconsistent", "May 12, 1995"),
        ("mm-s4.txt", "inconsistent", "Feb. 1, 2024"),
        (
            "mm-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mm-s5.txt", "fact-mismatch", "Sept. 21, 2023"),
        ("mm-s5.txt", "inconsistent", "Sept. 21, 2023"),
        ("mm-s5.txt", "fact-mismatch", "10-year"),
        ("mm-s5.txt", "inconsistent", "10-year"),
        ("mm-s5.txt", "invalid-date", "Feb. 29, 2025"),
        // mn-*: round 53
        ("mn-s1.txt", "weekday-mismatch", "Fri., 28 Sept 2023"),
        ("mn-s1.txt", "fact-mismatch", "2,960"),
        ("mn-s1.txt", "inconsistent", "2,960"),
        ("mn-s1.txt", "acronym-mismatch", "OSEC"),
        ("mn-s2.md", "fact-mismatch", "Sept 26"),
        ("mn-s2.md", "inconsistent", "Sept 26"),
        ("mn-s2.md", "fact-mismatch", "some 110,600"),
        ("mn-s2.md", "inconsistent", "some 110,600"),
        ("mn-s2.md", "anachronism", "Oct 4, 2023"),
        ("mn-s3.txt", "invalid-date", "Sept 31, 2023"),
        ("mn-s3.txt", "fact-mismatch", "18 Sept 2023"),
        ("mn-s3.txt", "inconsistent", "18 Sept 2023"),
        ("mn-s4.txt", "fact-mismatch", "Apr 15"),
        ("mn-s4.txt", "inconsistent", "Apr 15"),
        ("mn-s4.txt", "weekday-mismatch", "Tues., Apr 22, 2024"),
        (
            "mn-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("mn-s5.txt", "fact-mismatch", "54 days"),
        ("mn-s5.txt", "inconsistent", "54 days"),
        ("mn-s5.txt", "fact-mismatch", "Nov 10th, 2021"),
        ("mn-s5.txt", "inconsistent", "Nov 10th, 2021"),
        ("mn-s5.txt", "fact-mismatch", "June 21, 2024"),
        ("mn-s5.txt", "inconsistent", "June 21, 2024"),
        // mo-*: round 54
        ("mo-s1.txt", "fact-mismatch", "two years ago"),
        ("mo-s1.txt", "inconsistent", "two years ago"),
        ("mo-s1.txt", "fact-mismatch", "3,000"),
        ("mo-s1.txt", "inconsistent", "3,000"),
        (
            "mo-s1.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("mo-s2.md", "fact-mismatch", "16 April"),
        ("mo-s2.md", "inconsistent", "16 April"),
        ("mo-s2.md", "acronym-mismatch", "ICJ"),
        ("mo-s2.md", "fact-mismatch", "November 2026"),
        ("mo-s2.md", "inconsistent", "November 2026"),
        ("mo-s3.txt", "fact-mismatch", "last December"),
        ("mo-s3.txt", "inconsistent", "last December"),
        ("mo-s3.txt", "invalid-date", "29 February 2023"),
        ("mo-s3.txt", "anachronism", "3 October 2024"),
        ("mo-s4.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        ("mo-s4.txt", "fact-mismatch", "two decades ago"),
        ("mo-s4.txt", "inconsistent", "two decades ago"),
        ("mo-s5.txt", "fact-mismatch", "December 2020"),
        ("mo-s5.txt", "inconsistent", "December 2020"),
        (
            "mo-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mo-s5.txt", "inconsistent", "23 February 2024"),
        // mp-*: round 55
        ("mp-s1.txt", "fact-mismatch", "some 3,000"),
        ("mp-s1.txt", "inconsistent", "some 3,000"),
        ("mp-s1.txt", "fact-mismatch", "seven weeks"),
        ("mp-s1.txt", "inconsistent", "seven weeks"),
        ("mp-s1.txt", "invalid-date", "31 June 2023"),
        ("mp-s2.md", "fact-mismatch", "29 September"),
        ("mp-s2.md", "inconsistent", "29 September"),
        ("mp-s2.md", "fact-mismatch", "November 2021"),
        ("mp-s2.md", "inconsistent", "November 2021"),
        ("mp-s2.md", "acronym-mismatch", "APCE"),
        (
            "mp-s3.txt",
            "weekday-mismatch",
            "10 November 2020, a Monday",
        ),
        (
            "mp-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mp-s3.txt", "anachronism", "26 April 2024"),
        ("mp-s4.txt", "inconsistent", "23 February 2024"),
        ("mp-s4.txt", "fact-mismatch", "More than 110,000"),
        ("mp-s4.txt", "inconsistent", "More than 110,000"),
        ("mp-s4.txt", "fact-mismatch", "21 September 2023"),
        ("mp-s4.txt", "inconsistent", "21 September 2023"),
        (
            "mp-s5.txt",
            "weekday-mismatch",
            "Saturday, 27 September 2020",
        ),
        ("mp-s5.txt", "anachronism", "18 November 2020"),
        // mq-*: round 56
        ("mq-s1.txt", "fact-mismatch", "12 November 2022"),
        ("mq-s1.txt", "inconsistent", "12 November 2022"),
        ("mq-s1.txt", "weekday-mismatch", "Friday, 12 October 2023"),
        ("mq-s1.txt", "anachronism", "1 February 2024"),
        ("mq-s1.txt", "acronym-mismatch", "ICJ"),
        ("mq-s2.md", "fact-mismatch", "1,690"),
        ("mq-s2.md", "inconsistent", "1,690"),
        ("mq-s2.md", "fact-mismatch", "three-year"),
        ("mq-s2.md", "inconsistent", "three-year"),
        ("mq-s2.md", "fact-mismatch", "7 October 2022"),
        ("mq-s2.md", "inconsistent", "7 October 2022"),
        ("mq-s3.txt", "inconsistent", "23 February 2024"),
        (
            "mq-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("mq-s4.txt", "weekday-mismatch", "Monday, 19 September 2023"),
        ("mq-s4.txt", "fact-mismatch", "120,617"),
        ("mq-s4.txt", "inconsistent", "120,617"),
        ("mq-s4.txt", "invalid-date", "31 November 2023"),
        ("mq-s5.txt", "fact-mismatch", "May 1993"),
        ("mq-s5.txt", "inconsistent", "May 1993"),
        ("mq-s5.txt", "anachronism", "22 February 2024"),
        // mr-*: round 57
        ("mr-s1.txt", "fact-mismatch", "18 April"),
        ("mr-s1.txt", "inconsistent", "18 April"),
        (
            "mr-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("mr-s1.txt", "weekday-mismatch", "Thursday, June 12th, 2024"),
        ("mr-s2.md", "fact-mismatch", "a hundred and twenty thousand"),
        ("mr-s2.md", "inconsistent", "a hundred and twenty thousand"),
        ("mr-s2.md", "anachronism", "15th of October, 2024"),
        ("mr-s2.md", "invalid-date", "September 31st, 2023"),
        ("mr-s3.txt", "fact-mismatch", "forty-six days"),
        ("mr-s3.txt", "inconsistent", "forty-six days"),
        (
            "mr-s3.txt",
            "weekday-mismatch",
            "Tuesday, the 27th of September, 2020",
        ),
        ("mr-s3.txt", "fact-mismatch", "1,690"),
        ("mr-s3.txt", "inconsistent", "1,690"),
        ("mr-s4.txt", "acronym-mismatch", "CSCE"),
        ("mr-s4.txt", "fact-mismatch", "12 December\n2021"),
        ("mr-s4.txt", "inconsistent", "12 December\n2021"),
        ("mr-s4.txt", "inconsistent", "23 February 2024"),
        ("mr-s5.txt", "fact-mismatch", "May 12th, 1984"),
        ("mr-s5.txt", "inconsistent", "May 12th, 1984"),
        ("mr-s5.txt", "anachronism", "December 1st, 2025"),
        // ms-*: round 58
        ("ms-s1.txt", "fact-mismatch", "November 2021"),
        ("ms-s1.txt", "inconsistent", "November 2021"),
        ("ms-s1.txt", "fact-mismatch", "2,960"),
        ("ms-s1.txt", "inconsistent", "2,960"),
        ("ms-s1.txt", "anachronism", "19 August 2024"),
        ("ms-s2.md", "fact-mismatch", "More than 120,000"),
        ("ms-s2.md", "inconsistent", "More than 120,000"),
        ("ms-s2.md", "weekday-mismatch", "Sunday, 25 September 2023"),
        ("ms-s2.md", "anachronism", "3 October 2023"),
        ("ms-s3.txt", "fact-mismatch", "47 days"),
        ("ms-s3.txt", "inconsistent", "47 days"),
        ("ms-s3.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        ("ms-s3.txt", "invalid-date", "31 June 2025"),
        ("ms-s4.txt", "acronym-mismatch", "OCSE"),
        ("ms-s4.txt", "fact-mismatch", "26 September 2023"),
        ("ms-s4.txt", "inconsistent", "26 September 2023"),
        (
            "ms-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("ms-s5.txt", "fact-mismatch", "23 April"),
        ("ms-s5.txt", "inconsistent", "23 April"),
        ("ms-s5.txt", "inconsistent", "23 February 2024"),
        // mt-*: round 59
        ("mt-s1.txt", "fact-mismatch", "Some 2,500"),
        ("mt-s1.txt", "inconsistent", "Some 2,500"),
        ("mt-s1.txt", "weekday-mismatch", "Saturday, 15 January 2023"),
        ("mt-s1.txt", "invalid-date", "31 November 2022"),
        ("mt-s2.md", "fact-mismatch", "120,000"),
        ("mt-s2.md", "inconsistent", "120,000"),
        ("mt-s2.md", "anachronism", "27 September 2024"),
        ("mt-s2.md", "acronym-mismatch", "OMM"),
        ("mt-s3.txt", "fact-mismatch", "10 October"),
        ("mt-s3.txt", "inconsistent", "10 October"),
        (
            "mt-s3.txt",
            "weekday-mismatch",
            "Saturday, 27 September 2020",
        ),
        ("mt-s3.txt", "fact-mismatch", "54 days"),
        ("mt-s3.txt", "inconsistent", "54 days"),
        ("mt-s4.txt", "fact-mismatch", "17 May"),
        ("mt-s4.txt", "inconsistent", "17 May"),
        (
            "mt-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mt-s4.txt", "anachronism", "14 July 2024"),
        ("mt-s5.txt", "fact-mismatch", "last year"),
        ("mt-s5.txt", "inconsistent", "last year"),
        ("mt-s5.txt", "inconsistent", "24 February 2024"),
        // mu-*: round 60
        ("mu-s1.txt", "fact-mismatch", "2,500"),
        ("mu-s1.txt", "inconsistent", "2,500"),
        (
            "mu-s1.txt",
            "weekday-mismatch",
            "Saturday, 16 November 2023",
        ),
        ("mu-s1.txt", "invalid-date", "31 September 2022"),
        ("mu-s2.md", "fact-mismatch", "150,000"),
        ("mu-s2.md", "inconsistent", "150,000"),
        ("mu-s2.md", "acronym-mismatch", "GIM"),
        ("mu-s2.md", "anachronism", "3 November 2024"),
        ("mu-s3.txt", "fact-mismatch", "28 October 2023"),
        ("mu-s3.txt", "inconsistent", "28 October 2023"),
        ("mu-s3.txt", "fact-mismatch", "24 April"),
        ("mu-s3.txt", "inconsistent", "24 April"),
        (
            "mu-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mu-s4.txt", "inconsistent", "24 February 2024"),
        ("mu-s4.txt", "anachronism", "12 October 2024"),
        ("mu-s5.txt", "fact-mismatch", "three years ago"),
        ("mu-s5.txt", "inconsistent", "three years ago"),
        ("mu-s5.txt", "weekday-mismatch", "Friday, 18 September 2024"),
        // mv-*: round 61
        ("mv-s1.txt", "fact-mismatch", "almost 3,000"),
        ("mv-s1.txt", "inconsistent", "almost 3,000"),
        ("mv-s1.txt", "fact-mismatch", "last March"),
        ("mv-s1.txt", "inconsistent", "last March"),
        ("mv-s1.txt", "weekday-mismatch", "Tuesday, 12 June 2024"),
        ("mv-s2.md", "fact-mismatch", "about 80,000"),
        ("mv-s2.md", "inconsistent", "about 80,000"),
        ("mv-s2.md", "fact-mismatch", "four years ago"),
        ("mv-s2.md", "inconsistent", "four years ago"),
        ("mv-s2.md", "acronym-mismatch", "ICG"),
        ("mv-s3.txt", "fact-mismatch", "October 2021"),
        ("mv-s3.txt", "inconsistent", "October 2021"),
        ("mv-s3.txt", "invalid-date", "31 September 2023"),
        ("mv-s3.txt", "anachronism", "27 September 2024"),
        (
            "mv-s4.txt",
            "weekday-mismatch",
            "Saturday, 27 September 2020",
        ),
        ("mv-s4.txt", "fact-mismatch", "about 30 days"),
        ("mv-s4.txt", "inconsistent", "about 30 days"),
        (
            "mv-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("mv-s5.txt", "fact-mismatch", "ten-year"),
        ("mv-s5.txt", "inconsistent", "ten-year"),
        ("mv-s5.txt", "inconsistent", "23 February 2024"),
        ("mw-s1.txt", "acronym-mismatch", "ICC"),
        (
            "mw-s1.txt",
            "weekday-mismatch",
            "Thursday, 22 February 2023",
        ),
        ("mw-s1.txt", "fact-mismatch", "106,000"),
        ("mw-s1.txt", "inconsistent", "106,000"),
        ("mw-s2.md", "fact-mismatch", "29 September 2023"),
        ("mw-s2.md", "inconsistent", "29 September 2023"),
        ("mw-s2.md", "invalid-date", "31 November 2024"),
        ("mw-s2.md", "anachronism", "21 January 2025"),
        ("mw-s3.txt", "fact-mismatch", "29 September 2020"),
        ("mw-s3.txt", "inconsistent", "29 September 2020"),
        ("mw-s3.txt", "fact-mismatch", "1,906"),
        ("mw-s3.txt", "inconsistent", "1,906"),
        ("mw-s3.txt", "weekday-mismatch", "Wednesday, 12 June 2025"),
        ("mw-s4.txt", "fact-mismatch", "21 September 2023"),
        ("mw-s4.txt", "inconsistent", "21 September 2023"),
        ("mw-s4.txt", "fact-mismatch", "four years ago"),
        ("mw-s4.txt", "inconsistent", "four years ago"),
        (
            "mw-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("mw-s5.txt", "fact-mismatch", "6 October 2023"),
        ("mw-s5.txt", "inconsistent", "6 October 2023"),
        ("mw-s5.txt", "inconsistent", "26 February 2024"),
        ("mx-s1.txt", "fact-mismatch", "more than 120,000"),
        ("mx-s1.txt", "inconsistent", "more than 120,000"),
        (
            "mx-s1.txt",
            "weekday-mismatch",
            "Wednesday, 28 September 2023",
        ),
        ("mx-s1.txt", "acronym-mismatch", "CSCE"),
        ("mx-s2.md", "fact-mismatch", "1,690"),
        ("mx-s2.md", "inconsistent", "1,690"),
        ("mx-s2.md", "inconsistent", "24 February 2024"),
        ("mx-s2.md", "anachronism", "7 February 2025"),
        ("mx-s3.txt", "fact-mismatch", "54 days"),
        ("mx-s3.txt", "inconsistent", "54 days"),
        ("mx-s3.txt", "fact-mismatch", "10 November 2030"),
        ("mx-s3.txt", "inconsistent", "10 November 2030"),
        ("mx-s3.txt", "fact-mismatch", "August 2024"),
        ("mx-s3.txt", "inconsistent", "August 2024"),
        ("mx-s3.txt", "anachronism", "8 August 2026"),
        ("mx-s4.txt", "fact-mismatch", "May 1996"),
        ("mx-s4.txt", "inconsistent", "May 1996"),
        ("mx-s4.txt", "invalid-date", "31 November 2020"),
        ("mx-s4.txt", "fact-mismatch", "November 2026"),
        ("mx-s4.txt", "inconsistent", "November 2026"),
        ("mx-s5.txt", "weekday-mismatch", "Tuesday, 22 April 2024"),
        (
            "mx-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("my-s1.txt", "fact-mismatch", "1 January 2025"),
        ("my-s1.txt", "inconsistent", "1 January 2025"),
        ("my-s1.txt", "fact-mismatch", "6 October 2021"),
        ("my-s1.txt", "inconsistent", "6 October 2021"),
        (
            "my-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("my-s2.md", "fact-mismatch", "Wednesday, 10 April"),
        ("my-s2.md", "inconsistent", "Wednesday, 10 April"),
        ("my-s2.md", "acronym-mismatch", "CSTO"),
        ("my-s3.txt", "invalid-date", "31 June 2023"),
        ("my-s3.txt", "fact-mismatch", "1,860"),
        ("my-s3.txt", "inconsistent", "1,860"),
        ("my-s3.txt", "fact-mismatch", "10 November 2024"),
        ("my-s3.txt", "inconsistent", "10 November 2024"),
        ("my-s4.txt", "weekday-mismatch", "Tuesday, 9 November 2020"),
        ("my-s4.txt", "fact-mismatch", "45 days"),
        ("my-s4.txt", "inconsistent", "45 days"),
        ("my-s4.txt", "inconsistent", "23 February 2024"),
        ("my-s5.txt", "weekday-mismatch", "Friday, 7 December 2023"),
        ("my-s5.txt", "fact-mismatch", "10,060"),
        ("my-s5.txt", "inconsistent", "10,060"),
        ("my-s5.txt", "anachronism", "11 January 2024"),
        ("mz-s1.txt", "fact-mismatch", "110 600"),
        ("mz-s1.txt", "inconsistent", "110 600"),
        ("mz-s1.txt", "weekday-mismatch", "Friday, 28 September 2023"),
        ("mz-s1.txt", "fact-mismatch", "1 January 2025"),
        ("mz-s1.txt", "inconsistent", "1 January 2025"),
        ("mz-s2.md", "fact-mismatch", "1 690"),
        ("mz-s2.md", "inconsistent", "1 690"),
        ("mz-s2.md", "fact-mismatch", "January 2021"),
        ("mz-s2.md", "inconsistent", "January 2021"),
        (
            "mz-s2.md",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("mz-s3.txt", "fact-mismatch", "last June"),
        ("mz-s3.txt", "inconsistent", "last June"),
        ("mz-s3.txt", "acronym-mismatch", "APCE"),
        ("mz-s4.txt", "fact-mismatch", "29th of September 2020"),
        ("mz-s4.txt", "inconsistent", "29th of September 2020"),
        ("mz-s4.txt", "invalid-date", "29 February 2023"),
        ("mz-s4.txt", "inconsistent", "23 February 2024"),
        (
            "mz-s5.txt",
            "weekday-mismatch",
            "10 November 2020, a Monday",
        ),
        ("mz-s5.txt", "fact-mismatch", "17 April 2023"),
        ("mz-s5.txt", "inconsistent", "17 April 2023"),
        ("mz-s5.txt", "anachronism", "10th of November 2025"),
        ("na-s1.txt", "fact-mismatch", "fifty-four days"),
        ("na-s1.txt", "inconsistent", "fifty-four days"),
        (
            "na-s1.txt",
            "fact-mismatch",
            "tenth of December twenty twenty",
        ),
        (
            "na-s1.txt",
            "inconsistent",
            "tenth of December twenty twenty",
        ),
        (
            "na-s1.txt",
            "invalid-date",
            "thirty-first of November twenty twenty",
        ),
        ("na-s2.md", "acronym-mismatch", "CICR"),
        (
            "na-s2.md",
            "fact-mismatch",
            "more than a hundred and twenty thousand",
        ),
        (
            "na-s2.md",
            "inconsistent",
            "more than a hundred and twenty thousand",
        ),
        (
            "na-s2.md",
            "fact-mismatch",
            "first of January twenty twenty-five",
        ),
        (
            "na-s2.md",
            "inconsistent",
            "first of January twenty twenty-five",
        ),
        ("na-s3.txt", "fact-mismatch", "November twenty twenty-six"),
        ("na-s3.txt", "inconsistent", "November twenty twenty-six"),
        (
            "na-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("na-s4.txt", "fact-mismatch", "March"),
        ("na-s4.txt", "inconsistent", "March"),
        (
            "na-s4.txt",
            "weekday-mismatch",
            "twelfth of June twenty twenty-four, a Thursday",
        ),
        (
            "na-s4.txt",
            "anachronism",
            "twenty-seventh of September twenty twenty-four",
        ),
        (
            "na-s5.txt",
            "weekday-mismatch",
            "Wednesday, the first of February twenty twenty-four",
        ),
        (
            "na-s5.txt",
            "fact-mismatch",
            "sixth of October twenty twenty-three",
        ),
        (
            "na-s5.txt",
            "inconsistent",
            "sixth of October twenty twenty-three",
        ),
        (
            "na-s5.txt",
            "inconsistent",
            "Friday the twenty-third of February",
        ),
        ("nb-s1.txt", "fact-mismatch", "25 September"),
        ("nb-s1.txt", "inconsistent", "25 September"),
        ("nb-s1.txt", "acronym-mismatch", "OCSE"),
        ("nb-s1.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        (
            "nb-s2.md",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("nb-s2.md", "fact-mismatch", "December 2021"),
        ("nb-s2.md", "inconsistent", "December 2021"),
        ("nb-s2.md", "fact-mismatch", "54 days"),
        ("nb-s2.md", "inconsistent", "54 days"),
        ("nb-s3.txt", "fact-mismatch", "24 April"),
        ("nb-s3.txt", "inconsistent", "24 April"),
        ("nb-s3.txt", "inconsistent", "23 February 2024"),
        ("nb-s4.txt", "fact-mismatch", "three years ago"),
        ("nb-s4.txt", "inconsistent", "three years ago"),
        ("nb-s4.txt", "fact-mismatch", "18 April"),
        ("nb-s4.txt", "inconsistent", "18 April"),
        (
            "nb-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("nb-s5.txt", "invalid-date", "31 September 2023"),
        ("nb-s5.txt", "anachronism", "1 February 2024"),
        ("nb-s5.txt", "fact-mismatch", "May 1995"),
        ("nb-s5.txt", "inconsistent", "May 1995"),
        ("nc-s1.txt", "weekday-mismatch", "Wednesday, 9 January 2025"),
        ("nc-s1.txt", "fact-mismatch", "48 days"),
        ("nc-s1.txt", "inconsistent", "48 days"),
        ("nc-s1.txt", "fact-mismatch", "120,000"),
        ("nc-s1.txt", "inconsistent", "120,000"),
        ("nc-s2.md", "fact-mismatch", "November 2021"),
        ("nc-s2.md", "inconsistent", "November 2021"),
        ("nc-s2.md", "acronym-mismatch", "ODKB"),
        ("nc-s3.txt", "invalid-date", "29 February 1943"),
        ("nc-s3.txt", "fact-mismatch", "30 September 2023"),
        ("nc-s3.txt", "inconsistent", "30 September 2023"),
        ("nc-s3.txt", "anachronism", "5 January 2024"),
        ("nc-s4.txt", "weekday-mismatch", "3 June 1999, a Friday"),
        (
            "nc-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("nc-s4.txt", "fact-mismatch", "August 2024"),
        ("nc-s4.txt", "inconsistent", "August 2024"),
        ("nc-s5.txt", "fact-mismatch", "ten-year"),
        ("nc-s5.txt", "inconsistent", "ten-year"),
        ("nc-s5.txt", "fact-mismatch", "21 September 2023"),
        ("nc-s5.txt", "inconsistent", "21 September 2023"),
        ("nc-s5.txt", "inconsistent", "28 February 2024"),
        ("nd-s1.txt", "fact-mismatch", "110,600"),
        ("nd-s1.txt", "inconsistent", "110,600"),
        (
            "nd-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("nd-s1.txt", "weekday-mismatch", "Friday, 31 October 2024"),
        ("nd-s2.md", "fact-mismatch", "17 May"),
        ("nd-s2.md", "inconsistent", "17 May"),
        ("nd-s2.md", "fact-mismatch", "fiscal 2022"),
        ("nd-s2.md", "inconsistent", "fiscal 2022"),
        ("nd-s2.md", "anachronism", "21 May 2025"),
        ("nd-s3.txt", "invalid-date", "31 June 2024"),
        ("nd-s3.txt", "fact-mismatch", "2,960"),
        ("nd-s3.txt", "inconsistent", "2,960"),
        ("nd-s3.txt", "fact-mismatch", "1 January 2023"),
        ("nd-s3.txt", "inconsistent", "1 January 2023"),
        (
            "nd-s4.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("nd-s4.txt", "fact-mismatch", "54 days"),
        ("nd-s4.txt", "inconsistent", "54 days"),
        ("nd-s4.txt", "inconsistent", "23 February 2024"),
        ("nd-s5.txt", "fact-mismatch", "November 2026"),
        ("nd-s5.txt", "inconsistent", "November 2026"),
        ("nd-s5.txt", "acronym-mismatch", "ODKB"),
        ("ne-s1.txt", "weekday-mismatch", "Wednesday, 1 April 2025"),
        ("ne-s1.txt", "fact-mismatch", "November 2021"),
        ("ne-s1.txt", "inconsistent", "November 2021"),
        ("ne-s1.txt", "invalid-date", "31 September 2024"),
        ("ne-s2.md", "fact-mismatch", "about 140,000"),
        ("ne-s2.md", "inconsistent", "about 140,000"),
        ("ne-s2.md", "acronym-mismatch", "UNHRC"),
        ("ne-s3.txt", "fact-mismatch", "12 September 2023"),
        ("ne-s3.txt", "inconsistent", "12 September 2023"),
        ("ne-s3.txt", "anachronism", "2 November 2023"),
        ("ne-s3.txt", "fact-mismatch", "20 September 2023"),
        ("ne-s3.txt", "inconsistent", "20 September 2023"),
        ("ne-s4.txt", "fact-mismatch", "the 47 days"),
        ("ne-s4.txt", "inconsistent", "the 47 days"),
        (
            "ne-s4.txt",
            "weekday-mismatch",
            "25 September 2023, a Tuesday",
        ),
        (
            "ne-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("ne-s5.txt", "fact-mismatch", "21 December 2022"),
        ("ne-s5.txt", "inconsistent", "21 December 2022"),
        ("ne-s5.txt", "fact-mismatch", "July 2024"),
        ("ne-s5.txt", "inconsistent", "July 2024"),
        ("ne-s5.txt", "inconsistent", "23 February 2024"),
        ("nf-s1.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        ("nf-s1.txt", "fact-mismatch", "1,690"),
        ("nf-s1.txt", "inconsistent", "1,690"),
        ("nf-s1.txt", "invalid-date", "31 September 2021"),
        ("nf-s2.md", "fact-mismatch", "29 September 2020"),
        ("nf-s2.md", "inconsistent", "29 September 2020"),
        ("nf-s2.md", "fact-mismatch", "ten years"),
        ("nf-s2.md", "inconsistent", "ten years"),
        (
            "nf-s2.md",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("nf-s3.txt", "weekday-mismatch", "Sunday, 25 September 2023"),
        ("nf-s3.txt", "fact-mismatch", "more than 120,000"),
        ("nf-s3.txt", "inconsistent", "more than 120,000"),
        ("nf-s3.txt", "fact-mismatch", "12 November 2022"),
        ("nf-s3.txt", "inconsistent", "12 November 2022"),
        ("nf-s4.txt", "fact-mismatch", "12 May 2024"),
        ("nf-s4.txt", "inconsistent", "12 May 2024"),
        ("nf-s4.txt", "inconsistent", "23 February 2024"),
        ("nf-s4.txt", "acronym-mismatch", "APCE"),
        ("nf-s5.txt", "anachronism", "18 November 2025"),
        ("nf-s5.txt", "fact-mismatch", "28 October 2023"),
        ("nf-s5.txt", "inconsistent", "28 October 2023"),
        ("ng-s1.txt", "fact-mismatch", "26 September"),
        ("ng-s1.txt", "inconsistent", "26 September"),
        (
            "ng-s1.txt",
            "weekday-mismatch",
            "Thursday, 27 September 2023",
        ),
        ("ng-s1.txt", "anachronism", "3 October 2023"),
        (
            "ng-s2.md",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("ng-s2.md", "fact-mismatch", "10 November 2021"),
        ("ng-s2.md", "inconsistent", "10 November 2021"),
        ("ng-s3.txt", "fact-mismatch", "47 days"),
        ("ng-s3.txt", "inconsistent", "47 days"),
        ("ng-s3.txt", "invalid-date", "31 September 2023"),
        ("ng-s4.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        ("ng-s4.txt", "fact-mismatch", "Between 2,500 and 3,000"),
        ("ng-s4.txt", "inconsistent", "Between 2,500 and 3,000"),
        ("ng-s4.txt", "fact-mismatch", "65,036"),
        ("ng-s4.txt", "inconsistent", "65,036"),
        ("ng-s4.txt", "fact-mismatch", "12 July 2024"),
        ("ng-s4.txt", "inconsistent", "12 July 2024"),
        ("ng-s5.txt", "fact-mismatch", "6 October 2023"),
        ("ng-s5.txt", "inconsistent", "6 October 2023"),
        ("ng-s5.txt", "inconsistent", "23 February 2024"),
        ("ng-s5.txt", "acronym-mismatch", "CSCE"),
        ("nh-s1.txt", "fact-mismatch", "six years ago"),
        ("nh-s1.txt", "inconsistent", "six years ago"),
        (
            "nh-s1.txt",
            "weekday-mismatch",
            "Saturday, 27 September 2020",
        ),
        ("nh-s1.txt", "acronym-mismatch", "CSCE"),
        ("nh-s2.md", "fact-mismatch", "1,906"),
        ("nh-s2.md", "inconsistent", "1,906"),
        (
            "nh-s2.md",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("nh-s2.md", "anachronism", "26 October 2025"),
        ("nh-s3.txt", "fact-mismatch", "nearly 130,000"),
        ("nh-s3.txt", "inconsistent", "nearly 130,000"),
        ("nh-s3.txt", "fact-mismatch", "21 October 2022"),
        ("nh-s3.txt", "inconsistent", "21 October 2022"),
        ("nh-s3.txt", "inconsistent", "26 February 2024"),
        ("nh-s4.txt", "invalid-date", "31 November 1991"),
        ("nh-s4.txt", "fact-mismatch", "last year"),
        ("nh-s4.txt", "inconsistent", "last year"),
        ("nh-s4.txt", "fact-mismatch", "12 July 2024"),
        ("nh-s4.txt", "inconsistent", "12 July 2024"),
        ("nh-s5.txt", "weekday-mismatch", "Friday, 12 May 1994"),
        ("nh-s5.txt", "fact-mismatch", "19 April"),
        ("nh-s5.txt", "inconsistent", "19 April"),
        ("ni-s1.txt", "fact-mismatch", "More than 150,000"),
        ("ni-s1.txt", "inconsistent", "More than 150,000"),
        ("ni-s1.txt", "fact-mismatch", "110,617"),
        ("ni-s1.txt", "inconsistent", "110,617"),
        (
            "ni-s1.txt",
            "weekday-mismatch",
            "Wednesday, 28 September 2023",
        ),
        ("ni-s2.md", "fact-mismatch", "54 days"),
        ("ni-s2.md", "inconsistent", "54 days"),
        ("ni-s2.md", "fact-mismatch", "November 2026"),
        ("ni-s2.md", "inconsistent", "November 2026"),
        ("ni-s2.md", "invalid-date", "31 November 2020"),
        ("ni-s3.txt", "fact-mismatch", "Thursday, 12 June 2024"),
        ("ni-s3.txt", "inconsistent", "Thursday, 12 June 2024"),
        ("ni-s3.txt", "weekday-mismatch", "Thursday, 12 June 2024"),
        ("ni-s3.txt", "fact-mismatch", "18 April"),
        ("ni-s3.txt", "inconsistent", "18 April"),
        ("ni-s3.txt", "fact-mismatch", "29 May"),
        ("ni-s3.txt", "inconsistent", "29 May"),
        ("ni-s3.txt", "anachronism", "2 July 2024"),
        (
            "ni-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("ni-s4.txt", "acronym-mismatch", "ICC"),
        ("ni-s4.txt", "fact-mismatch", "12 November 2022"),
        ("ni-s4.txt", "inconsistent", "12 November 2022"),
        ("ni-s5.txt", "fact-mismatch", "1,860"),
        ("ni-s5.txt", "inconsistent", "1,860"),
        ("ni-s5.txt", "inconsistent", "29 February 2024"),
        ("ni-s5.txt", "fact-mismatch", "October 2023"),
        ("ni-s5.txt", "inconsistent", "October 2023"),
        ("nj-s1.txt", "fact-mismatch", "2,960"),
        ("nj-s1.txt", "inconsistent", "2,960"),
        ("nj-s1.txt", "weekday-mismatch", "Tuesday, 12 December 2022"),
        (
            "nj-s1.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("nj-s2.md", "anachronism", "13 June 2024"),
        ("nj-s2.md", "fact-mismatch", "7 April"),
        ("nj-s2.md", "inconsistent", "7 April"),
        ("nj-s2.md", "inconsistent", "12 February 2024"),
        ("nj-s3.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        ("nj-s3.txt", "invalid-date", "31 November 2020"),
        ("nj-s3.txt", "fact-mismatch", "26 September 2023"),
        ("nj-s3.txt", "inconsistent", "26 September 2023"),
        ("nj-s4.txt", "fact-mismatch", "110,617"),
        ("nj-s4.txt", "inconsistent", "110,617"),
        ("nj-s4.txt", "fact-mismatch", "four years ago"),
        ("nj-s4.txt", "inconsistent", "four years ago"),
        ("nj-s4.txt", "fact-mismatch", "2024"),
        ("nj-s4.txt", "inconsistent", "2024"),
        ("nj-s5.txt", "fact-mismatch", "May"),
        ("nj-s5.txt", "inconsistent", "May"),
        ("nj-s5.txt", "acronym-mismatch", "CSCE"),
        ("nk-s1.txt", "invalid-date", "31 November"),
        ("nk-s1.txt", "fact-mismatch", "46 days"),
        ("nk-s1.txt", "inconsistent", "46 days"),
        ("nk-s1.txt", "weekday-mismatch", "Monday, 10 November 2020"),
        ("nk-s2.md", "fact-mismatch", "21 September"),
        ("nk-s2.md", "inconsistent", "21 September"),
        ("nk-s2.md", "fact-mismatch", "more than 110,000"),
        ("nk-s2.md", "inconsistent", "more than 110,000"),
        ("nk-s2.md", "fact-mismatch", "3,000"),
        ("nk-s2.md", "inconsistent", "3,000"),
        ("nk-s3.txt", "fact-mismatch", "12 November"),
        ("nk-s3.txt", "inconsistent", "12 November"),
        ("nk-s3.txt", "fact-mismatch", "9 April"),
        ("nk-s3.txt", "inconsistent", "9 April"),
        ("nk-s3.txt", "acronym-mismatch", "OECD"),
        ("nk-s4.txt", "fact-mismatch", "18 April"),
        ("nk-s4.txt", "inconsistent", "18 April"),
        ("nk-s4.txt", "anachronism", "11 November 2025"),
        ("nk-s4.txt", "inconsistent", "26 February"),
        ("nk-s5.txt", "fact-mismatch", "2 January"),
        ("nk-s5.txt", "inconsistent", "2 January"),
        (
            "nk-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("nl-s1.txt", "fact-mismatch", "21 September"),
        ("nl-s1.txt", "inconsistent", "21 September"),
        (
            "nl-s1.txt",
            "weekday-mismatch",
            "Wednesday, 28 September 2023",
        ),
        ("nl-s2.md", "fact-mismatch", "47 days"),
        ("nl-s2.md", "inconsistent", "47 days"),
        ("nl-s2.md", "fact-mismatch", "120,000"),
        ("nl-s2.md", "inconsistent", "120,000"),
        ("nl-s2.md", "anachronism", "7 February 2025"),
        ("nl-s3.txt", "fact-mismatch", "some 3,000"),
        ("nl-s3.txt", "inconsistent", "some 3,000"),
        (
            "nl-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("nl-s3.txt", "fact-mismatch", "October 2023"),
        ("nl-s3.txt", "inconsistent", "October 2023"),
        ("nl-s4.txt", "invalid-date", "31 June 2023"),
        ("nl-s4.txt", "fact-mismatch", "29 September 2020"),
        ("nl-s4.txt", "inconsistent", "29 September 2020"),
        ("nl-s4.txt", "acronym-mismatch", "CPI"),
        (
            "nl-s5.txt",
            "weekday-mismatch",
            "Tuesday, 20 September 2023",
        ),
        ("nl-s5.txt", "fact-mismatch", "12 July 2024"),
        ("nl-s5.txt", "inconsistent", "12 July 2024"),
        ("nl-s5.txt", "inconsistent", "27 February 2024"),
        ("nm-s1.txt", "fact-mismatch", "1,690"),
        ("nm-s1.txt", "inconsistent", "1,690"),
        ("nm-s1.txt", "fact-mismatch", "47 days"),
        ("nm-s1.txt", "inconsistent", "47 days"),
        ("nm-s1.txt", "invalid-date", "29 February 2023"),
        ("nm-s2.md", "weekday-mismatch", "Saturday, 12 June 2015"),
        ("nm-s2.md", "fact-mismatch", "28 October 2023"),
        ("nm-s2.md", "inconsistent", "28 October 2023"),
        // known false alarm: "said the withdrawal of the contingent's
        // personnel … was complete" dates the confirmation, whose cue
        // "withdrawal" stands nearer than "complete"
        ("nm-s2.md", "fact-mismatch", "12 June 2024"),
        ("nm-s2.md", "inconsistent", "12 June 2024"),
        ("nm-s2.md", "acronym-mismatch", "APCE"),
        (
            "nm-s3.txt",
            "weekday-mismatch",
            "Thursday, 10 November 2020",
        ),
        ("nm-s3.txt", "fact-mismatch", "May 1995"),
        ("nm-s3.txt", "inconsistent", "May 1995"),
        (
            "nm-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("nm-s4.txt", "fact-mismatch", "Nearly 150,000"),
        ("nm-s4.txt", "inconsistent", "Nearly 150,000"),
        ("nm-s4.txt", "fact-mismatch", "12 May 2024"),
        ("nm-s4.txt", "inconsistent", "12 May 2024"),
        ("nm-s4.txt", "inconsistent", "23 February 2024"),
        ("nm-s5.txt", "fact-mismatch", "28 September 2020"),
        ("nm-s5.txt", "inconsistent", "28 September 2020"),
        ("nm-s5.txt", "anachronism", "14 June 2024"),
        ("nn-s1.txt", "weekday-mismatch", "Thursday, 17 April 2024"),
        ("nn-s1.txt", "fact-mismatch", "four-year"),
        ("nn-s1.txt", "inconsistent", "four-year"),
        ("nn-s2.md", "fact-mismatch", "21 September 2023"),
        ("nn-s2.md", "inconsistent", "21 September 2023"),
        ("nn-s2.md", "fact-mismatch", "more than 130,000"),
        ("nn-s2.md", "inconsistent", "more than 130,000"),
        ("nn-s2.md", "acronym-mismatch", "APCE"),
        ("nn-s3.txt", "invalid-date", "29 February 2023"),
        ("nn-s3.txt", "acronym-mismatch", "ODKB"),
        ("nn-s3.txt", "fact-mismatch", "12 December 2021"),
        ("nn-s3.txt", "inconsistent", "12 December 2021"),
        ("nn-s4.txt", "fact-mismatch", "some 4,000"),
        ("nn-s4.txt", "inconsistent", "some 4,000"),
        ("nn-s4.txt", "fact-mismatch", "21 June 2024"),
        ("nn-s4.txt", "inconsistent", "21 June 2024"),
        ("nn-s4.txt", "anachronism", "30 August 2025"),
        ("nn-s5.txt", "fact-mismatch", "48 days"),
        ("nn-s5.txt", "inconsistent", "48 days"),
        ("nn-s5.txt", "inconsistent", "25 February 2024"),
        (
            "nn-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        // round 81: other conflicts' drafts, checked with the Karabakh rules
        ("oa-s1.txt", "weekday-mismatch", "Monday, 26 November 2024"),
        ("oa-s2.md", "invalid-date", "31 September 2024"),
        ("oa-s2.md", "acronym-mismatch", "UNHRC"),
        ("oa-s3.txt", "weekday-mismatch", "Friday, 9 January 2025"),
        ("oa-s3.txt", "fact-mismatch", "1,690"),
        ("oa-s3.txt", "inconsistent", "1,690"),
        ("oa-s4.txt", "anachronism", "15 October 2025"),
        ("oa-s4.txt", "acronym-mismatch", "ECJ"),
        ("oa-s5.txt", "fact-mismatch", "December 2021"),
        ("oa-s5.txt", "inconsistent", "December 2021"),
        ("ob-s1.txt", "weekday-mismatch", "Monday, 21 July 1992"),
        ("ob-s1.txt", "anachronism", "23 June 2023"),
        ("ob-s2.md", "acronym-mismatch", "JPKF"),
        ("ob-s2.md", "invalid-date", "31 April 2008"),
        ("ob-s3.txt", "weekday-mismatch", "Thursday, 1 January 2025"),
        ("ob-s4.txt", "fact-mismatch", "1,690"),
        ("ob-s4.txt", "inconsistent", "1,690"),
        ("ob-s5.txt", "acronym-mismatch", "ICC"),
        ("ob-s5.txt", "fact-mismatch", "December 2021"),
        ("ob-s5.txt", "inconsistent", "December 2021"),
        ("oc-s1.txt", "acronym-mismatch", "UNHCR"),
        ("oc-s1.txt", "weekday-mismatch", "Tuesday, 15 April 2024"),
        ("oc-s2.md", "fact-mismatch", "1,690"),
        ("oc-s2.md", "inconsistent", "1,690"),
        ("oc-s3.txt", "invalid-date", "31 June 2024"),
        ("oc-s3.txt", "anachronism", "April 2026"),
        ("oc-s4.txt", "weekday-mismatch", "Thursday, 2 November 2022"),
        ("oc-s5.txt", "acronym-mismatch", "ICJ"),
        ("oc-s5.txt", "fact-mismatch", "12 December 2021"),
        ("oc-s5.txt", "inconsistent", "12 December 2021"),
        ("od-s1.txt", "weekday-mismatch", "Thursday, 9 June 1999"),
        ("od-s1.txt", "acronym-mismatch", "KFOR"),
        ("od-s2.md", "fact-mismatch", "1,690"),
        ("od-s2.md", "inconsistent", "1,690"),
        ("od-s2.md", "acronym-mismatch", "ICC"),
        ("od-s3.txt", "anachronism", "November 2023"),
        (
            "od-s4.txt",
            "weekday-mismatch",
            "Saturday, 24 September 2023",
        ),
        ("od-s4.txt", "fact-mismatch", "more than 120,000"),
        ("od-s4.txt", "inconsistent", "more than 120,000"),
        ("od-s5.txt", "invalid-date", "29 February 2023"),
        // round 82: drafts that name the story sparingly, in other names
        (
            "oe-s1.txt",
            "weekday-mismatch",
            "Tuesday, 27 September 2023",
        ),
        ("oe-s1.txt", "fact-mismatch", "21 December 2022"),
        ("oe-s1.txt", "inconsistent", "21 December 2022"),
        ("oe-s2.md", "fact-mismatch", "17 March"),
        ("oe-s2.md", "inconsistent", "17 March"),
        ("oe-s2.md", "fact-mismatch", "1,690"),
        ("oe-s2.md", "inconsistent", "1,690"),
        ("oe-s2.md", "inconsistent", "24 February 2024"),
        ("oe-s3.txt", "fact-mismatch", "10 November 2021"),
        ("oe-s3.txt", "inconsistent", "10 November 2021"),
        ("oe-s4.txt", "fact-mismatch", "120,000"),
        ("oe-s4.txt", "inconsistent", "120,000"),
        ("oe-s4.txt", "fact-mismatch", "47-day"),
        ("oe-s4.txt", "inconsistent", "47-day"),
        (
            "oe-s4.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("oe-s4.txt", "anachronism", "8 August 2026"),
        ("oe-s5.txt", "fact-mismatch", "28 October 2023"),
        ("oe-s5.txt", "inconsistent", "28 October 2023"),
        ("oe-s5.txt", "fact-mismatch", "last October"),
        ("oe-s5.txt", "inconsistent", "last October"),
        ("oe-s5.txt", "acronym-mismatch", "ICJ"),
        ("oe-s5.txt", "invalid-date", "31 November 2023"),
        ("of-s1.txt", "fact-mismatch", "1,690"),
        ("of-s1.txt", "inconsistent", "1,690"),
        ("of-s1.txt", "weekday-mismatch", "Tuesday, 9 November 2020"),
        ("of-s1.txt", "anachronism", "25 December 2024"),
        ("of-s2.md", "fact-mismatch", "120,000"),
        ("of-s2.md", "inconsistent", "120,000"),
        ("of-s2.md", "fact-mismatch", "30 September 2023"),
        ("of-s2.md", "inconsistent", "30 September 2023"),
        ("of-s2.md", "invalid-date", "31 September 2023"),
        ("of-s3.txt", "fact-mismatch", "10 November 2021"),
        ("of-s3.txt", "inconsistent", "10 November 2021"),
        ("of-s3.txt", "fact-mismatch", "21 December 2022"),
        ("of-s3.txt", "inconsistent", "21 December 2022"),
        (
            "of-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organisation",
        ),
        ("of-s4.txt", "fact-mismatch", "November 2021"),
        ("of-s4.txt", "inconsistent", "November 2021"),
        ("of-s5.txt", "inconsistent", "23 February 2024"),
        ("of-s5.txt", "acronym-mismatch", "CPI"),
        ("of-s5.txt", "fact-mismatch", "ten-year"),
        ("of-s5.txt", "inconsistent", "ten-year"),
        (
            "of-s5.txt",
            "weekday-mismatch",
            "Tuesday, 20 September 2023",
        ),
        (
            "og-s1.txt",
            "weekday-mismatch",
            "Thursday, the twentieth of September twenty twenty-three",
        ),
        (
            "og-s1.txt",
            "fact-mismatch",
            "more than a hundred and fifty thousand",
        ),
        (
            "og-s1.txt",
            "inconsistent",
            "more than a hundred and fifty thousand",
        ),
        (
            "og-s1.txt",
            "fact-mismatch",
            "twenty-seventh of October twenty twenty",
        ),
        (
            "og-s1.txt",
            "inconsistent",
            "twenty-seventh of October twenty twenty",
        ),
        ("og-s2.md", "fact-mismatch", "12 November 2022"),
        ("og-s2.md", "inconsistent", "12 November 2022"),
        ("og-s2.md", "anachronism", "17 January 2025"),
        ("og-s2.md", "acronym-mismatch", "ICJ"),
        ("og-s3.txt", "fact-mismatch", "1,906"),
        ("og-s3.txt", "inconsistent", "1,906"),
        ("og-s3.txt", "fact-mismatch", "19 May"),
        ("og-s3.txt", "inconsistent", "19 May"),
        (
            "og-s3.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("og-s3.txt", "invalid-date", "31 April 2024"),
        ("og-s5.txt", "weekday-mismatch", "Monday, 19 September 2023"),
        ("og-s5.txt", "fact-mismatch", "November 2021"),
        ("og-s5.txt", "inconsistent", "November 2021"),
        ("og-s5.txt", "fact-mismatch", "28 October 2023"),
        ("og-s5.txt", "inconsistent", "28 October 2023"),
        ("og-s5.txt", "inconsistent", "24 February 2024"),
        (
            "oh-s1.txt",
            "weekday-mismatch",
            "Wednesday, 19 September 2023",
        ),
        ("oh-s1.txt", "fact-mismatch", "More than 120,000"),
        ("oh-s1.txt", "inconsistent", "More than 120,000"),
        ("oh-s1.txt", "fact-mismatch", "29 September 2020"),
        ("oh-s1.txt", "inconsistent", "29 September 2020"),
        ("oh-s1.txt", "fact-mismatch", "about 2,500"),
        ("oh-s1.txt", "inconsistent", "about 2,500"),
        ("oh-s2.md", "acronym-mismatch", "ODKB"),
        ("oh-s2.md", "fact-mismatch", "2 June 2024"),
        ("oh-s2.md", "inconsistent", "2 June 2024"),
        ("oh-s2.md", "invalid-date", "31 September 2023"),
        ("oh-s4.txt", "fact-mismatch", "December 2021"),
        ("oh-s4.txt", "inconsistent", "December 2021"),
        ("oh-s4.txt", "fact-mismatch", "ten years"),
        ("oh-s4.txt", "inconsistent", "ten years"),
        ("oh-s4.txt", "inconsistent", "12 February 2024"),
        ("oh-s5.txt", "fact-mismatch", "21 September"),
        ("oh-s5.txt", "inconsistent", "21 September"),
        ("oh-s5.txt", "fact-mismatch", "November 2021"),
        ("oh-s5.txt", "inconsistent", "November 2021"),
        (
            "oh-s5.txt",
            "wrong-name",
            "Joint Security Treaty Organization",
        ),
        ("oh-s5.txt", "anachronism", "29 December 2024"),
    ]
    .iter()
    .map(|(f, c, t)| (f.to_string(), *c, t.to_string()))
    .collect();
    assert_eq!(found, expected, "{}", describe(&report, &report.findings));
}

/// The findings of a run of the bundled rules over `docs` (path, file
/// name or text, plain or Markdown by the name), as (path, code, text).
/// The findings of an analysis of `date` ("10 November 2025") whose text
/// is `body`, in `t.txt`.
fn analysis_of(date: &str, body: &str) -> Vec<(String, &'static str, String)> {
    findings_of(&[("t.txt", format!("ANALYSIS  {date} - 08:15\n\n{body}\n"))])
}

fn findings_of(docs: &[(&str, String)]) -> Vec<(String, &'static str, String)> {
    use claimlint::document::{Document, Format};
    let docs = docs
        .iter()
        .map(|(name, text)| Document::new(name, text.clone(), Format::from_path(name), None))
        .collect();
    let report = claimlint::check(docs, &rules::bundled());
    eprintln!("{}", describe(&report, &report.findings));
    report
        .findings
        .iter()
        .map(|f| {
            (
                report.analyses[f.doc].document.path.clone(),
                f.code,
                text_of(&report, f).to_string(),
            )
        })
        .collect()
}

/// A rule known to the month ("2024-02") bears out "22 February" and "23
/// February" alike, but does not say which day it was: two articles that
/// give different days disagree, and the odd one out is reported. (A rule
/// whose value is a span of days, "19–20 September", settles it: its two
/// ends are both right.)
#[test]
fn a_rule_known_to_the_month_does_not_settle_two_days_that_disagree() {
    let doc = |name: &'static str, date: &str, day: u32| {
        (
            name,
            format!(
                "Analysis | {date}\n\nOn {day} February 2024 Armenia froze its participation in the CSTO.\n"
            ),
        )
    };
    assert_eq!(
        findings_of(&[
            doc("a.txt", "1 March 2024", 22),
            doc("b.txt", "2 March 2024", 22),
            doc("c.txt", "3 March 2024", 23),
        ]),
        [(
            "c.txt".to_string(),
            "inconsistent",
            "23 February 2024".to_string()
        )]
    );
}

/// Regression: "On 19 September 2023, a Tuesday, Azerbaijan launched …" in
/// an article of 19 September 2024 read "Tuesday" as the Tuesday before
/// the article, and as the operation's date. A weekday in apposition names
/// the date before it: `weekday-mismatch` checks it against that date, and
/// it is no date of its own.
#[test]
fn a_weekday_in_apposition_is_no_date_of_its_own() {
    let check =
        |body: &str| findings_of(&[("t.md", format!("---\ndate: 2024-09-19\n---\n\n{body}\n"))]);
    assert_eq!(
        check("On 19 September 2023, a Tuesday, Azerbaijan launched its offensive."),
        []
    );
    assert_eq!(
        check("On 19 September 2023, a Wednesday, Azerbaijan launched its offensive."),
        [(
            "t.md".to_string(),
            "weekday-mismatch",
            "19 September 2023, a Wednesday".to_string()
        )]
    );
}

/// Regression: "an Azerbaijan Airlines plane crashed in Kazakhstan last
/// December" dated the CSTO's deployment in Kazakhstan (a subject with one
/// fact, whose name a date right after it modifies). A name after a
/// preposition of place is where something happened; the date after it is
/// when, and modifies nothing.
#[test]
fn a_date_after_a_place_does_not_modify_it() {
    let check = |body: &str| analysis_of("10 November 2025", body);
    assert_eq!(
        check(
            "Relations soured after an Azerbaijan Airlines plane crashed in Kazakhstan last December."
        ),
        []
    );
    // the fact's own cue still binds it
    assert_eq!(
        check("CSTO troops were sent to Kazakhstan last December."),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "last December".to_string()
        )]
    );
}

/// Regression: "Russia's four years in Karabakh", a headline, was read as
/// the war's length: a duration after a possessive is its owner's time.
#[test]
fn a_duration_after_a_possessive_is_its_owners() {
    let check = |body: &str| analysis_of("10 November 2025", body);
    assert_eq!(
        check("From war to withdrawal: Russia's four years in Karabakh."),
        []
    );
    // the subject's own possessive is its own
    assert_eq!(
        check("The Second Karabakh War's four months of fighting ended in a ceasefire."),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "four months".to_string()
        )]
    );
}

/// Regression (round 23): the headline "Five years, two wars and an
/// exodus: a timeline of the Karabakh ceasefire" read "wars", the noun of
/// "two", as a cue of the war's length; a cue after a duration that a
/// count stands before, past a comma, is the count's noun.
#[test]
fn a_cue_that_is_the_noun_of_a_count_in_a_list_is_the_counts() {
    let check = |body: &str| analysis_of("10 November 2025", body);
    assert_eq!(
        check("Five years, two wars and an exodus: a timeline of the Karabakh ceasefire."),
        []
    );
    // with no count before the cue, the duration is still the war's
    assert_eq!(
        check("Five years of war in Karabakh ended with the ceasefire."),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "Five years".to_string()
        )]
    );
}

/// Regression (round 22): "The Russian peacekeepers, deployed five years
/// ago under the ceasefire deal that stopped the fighting, …" in June 2024:
/// the participle's clause names the deal and the war, not the
/// peacekeepers, and was read as theirs; a clause after a comma and a name
/// of the subject that opens with a past verb is said of that subject.
#[test]
fn a_clause_after_a_comma_and_the_subjects_name_is_said_of_it() {
    let check = |body: &str| analysis_of("13 June 2024", body);
    assert_eq!(
        check(
            "The Russian peacekeepers, deployed five years ago under the ceasefire deal that stopped the fighting, had patrolled a shrinking zone."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "five years ago".to_string()
        )]
    );
    // the true date is still quiet
    assert_eq!(
        check(
            "The Russian peacekeepers, deployed in November 2020 under the ceasefire deal that stopped the fighting, had patrolled a shrinking zone."
        ),
        []
    );
}

/// Regression: "renewed unless a party gave six months' notice" was read
/// as the mandate's term: a duration in the possessive measures the noun
/// after it ("six months' notice", "a year's pay"), which no rule knows.
#[test]
fn a_duration_in_the_possessive_measures_the_noun_after_it() {
    let check = |body: &str| analysis_of("1 May 2024", body);
    for notice in [
        "six months' notice",
        "six months\u{2019} notice",
        "a year's notice",
    ] {
        assert_eq!(
            check(&format!(
                "The Russian peacekeepers in Nagorno-Karabakh had a mandate of five years, renewed unless a party gave {notice}."
            )),
            [],
            "{notice}"
        );
    }
    // where the noun after it is a cue, the duration is what the cue says
    assert_eq!(
        check(
            "The Russian peacekeepers in Nagorno-Karabakh had a mandate of six months' duration."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "six months".to_string()
        )]
    );
}

/// Regression: "the 100,000-plus people who fled Karabakh last autumn, the
/// withdrawal changes little": "fled", an irregular past, was no verb that
/// takes the date before a cue after it.
#[test]
fn an_irregular_past_takes_the_date_after_it() {
    let check = |body: &str| analysis_of("20 June 2024", body);
    assert_eq!(
        check(
            "For the 100,000-plus people who fled Karabakh last autumn, the withdrawal of the \
             Russian peacekeepers changes little."
        ),
        []
    );
    assert_eq!(
        check(
            "Moscow confirmed last autumn that the withdrawal of the Russian peacekeepers had begun."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "last autumn".to_string()
        )]
    );
}

/// Regression: "She lived through the first Karabakh war …, and the Second
/// Karabakh War in 2020, which lasted 44 days and ended on Nov. 10": the
/// 2020 war's exclusion word "first", inside the first war's alias, ruled
/// it out, so the date was read as the first war's ceasefire.
#[test]
fn two_wars_named_in_one_sentence_each_keep_their_relative_clause() {
    let check = |body: &str| analysis_of("10 November 2025", body);
    assert_eq!(
        check(
            "She lived through the first Karabakh war from 1988 to 1994, and the Second Karabakh \
             War in 2020, which lasted 44 days and ended on 10 November with a ceasefire."
        ),
        []
    );
    assert_eq!(
        check(
            "She lived through the first Karabakh war from 1988 to 1994, and the Second Karabakh \
             War in 2020, which lasted 44 days and ended on 12 November with a ceasefire."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "12 November".to_string()
        )]
    );
    // a relative clause is said of its antecedent
    assert_eq!(
        check(
            "The 2020 war reversed the outcome of the first Nagorno-Karabakh war, which ended \
             with the ceasefire of May 1995."
        ),
        [("t.txt".to_string(), "fact-mismatch", "May 1995".to_string())]
    );
}

/// Regression: "More than 120,000 Armenians fled Karabakh in the last week
/// of September 2023", in an article of December 2024: the exodus has no
/// dated fact, so it was taken to be as of the article's date, and a
/// sentence dated fifteen months earlier was about another time. A subject
/// with no dated fact is of the time its name writes out ("Departure of
/// Karabakh Armenians, autumn 2023").
#[test]
fn a_subject_without_a_dated_fact_is_of_the_time_its_name_gives() {
    let check = |body: &str| {
        findings_of(&[(
            "t.txt",
            format!("By Lusine Aramyan in Goris December 12, 2024\n\n{body}\n"),
        )])
    };
    assert_eq!(
        check("More than 120,000 Armenians fled Karabakh in the last week of September 2023."),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "More than 120,000".to_string()
        )]
    );
    assert_eq!(
        check("More than 100,000 Armenians fled Karabakh in the last week of September 2023."),
        []
    );
    // a sentence of another time is still another time's
    assert_eq!(
        check("More than 120,000 Armenians fled Karabakh in the last week of September 1993."),
        []
    );
}

/// Regression: "in September 2020, when the 44-day war began, and in
/// September 2023, when the offensive began": "offensive" names both the
/// 2020 war and the 2023 operation, and the war's alias earlier in the
/// sentence bound the second date to the war's start. A name two subjects
/// share leaves the date to the one whose fact, with the same cue, it
/// bears out; a date that neither bears out is still checked.
#[test]
fn a_shared_name_leaves_a_date_the_other_subject_bears_out_unclaimed() {
    let check = |body: &str| analysis_of("3 March 2025", body);
    let sentence = |second: &str| {
        format!(
            "Her husband was called up twice: in September 2020, when the 44-day war began, \
             and in {second}, when the offensive began."
        )
    };
    assert_eq!(check(&sentence("September 2023")), []);
    assert_eq!(
        check(&sentence("September 2022")),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "September 2022".to_string()
        )]
    );
    // with no shared name between the date and its cue, the war's alias
    // decides
    assert_eq!(
        check("The 44-day war began in September 2023, a month after the talks."),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "September 2023".to_string()
        )]
    );
}

/// Regression: "More than four-fifths of the region's estimated 120,000
/// Armenians fled": the whole a fraction is counted out of, behind an
/// owner and a word of estimate, was read as the exodus's count.
#[test]
fn the_whole_a_fraction_is_counted_out_of_is_no_claim() {
    let check = |body: &str| analysis_of("14 March 2025", body);
    assert_eq!(
        check(
            "More than four-fifths of the region's estimated 120,000 Armenians fled \
             Karabakh in the last week of September 2023."
        ),
        []
    );
    assert_eq!(
        check("More than 120,000 Armenians fled Karabakh in the last week of September 2023."),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "More than 120,000".to_string()
        )]
    );
}

/// Regression: "Goris, a town of about 20,000 people that took in
/// thousands of Karabakh Armenians who fled" was read as the exodus's
/// count, whose cues hold "residents". The size of a place claims only a
/// fact a rule cues by "population".
#[test]
fn the_size_of_a_place_claims_only_a_population() {
    let check = |body: &str| analysis_of("19 September 2024", body);
    assert_eq!(
        check(
            "Goris, a town of about 20,000 people that took in thousands of Karabakh \
             Armenians who fled that week, has changed too."
        ),
        []
    );
}

/// Regression: "The eighth meeting of the border commissions, held on 19
/// April" keeps its date when a past form after a comma takes the date
/// from a cue before it only past the comma's first word.
#[test]
fn a_participle_right_after_a_comma_is_the_cues_own() {
    let check = |body: &str| analysis_of("10 November 2025", body);
    assert_eq!(
        check(
            // (a title names the story: see `a_rule_file_binds_only_where_its_story_is_named`)
            "Armenia and Azerbaijan\n\nThe eighth meeting of the border commissions, held \
             on 19 March, agreed to return four villages."
        ),
        [("t.txt".to_string(), "fact-mismatch", "19 March".to_string())]
    );
}

/// Regressions of round 16: "a nine-month blockade" is the blockade's
/// duration, not the war's; "reached Goris with his wife and three
/// children on 28 October 2023", in an article of 2 October 2023, is told
/// as past ("and" before a number joins two nouns, not two clauses).
#[test]
fn round_16_regressions() {
    assert_eq!(
        analysis_of(
            "15 March 2026",
            "For more than three decades, the fate of Nagorno-Karabakh shaped the South \
             Caucasus. The region's Armenians lived through two wars, a nine-month blockade \
             and, finally, an exodus that emptied it in a week."
        ),
        []
    );
    assert_eq!(
        analysis_of(
            "2 October 2023",
            "Her brother Aram reached Goris with his wife and three children on 28 October \
             2023, two days after her."
        ),
        [(
            "t.txt".to_string(),
            "anachronism",
            "28 October 2023".to_string()
        )]
    );
}

/// Regression: "The first Karabakh war, which broke out in 1988, ended
/// with the Bishkek ceasefire of 12 May 1994": 1988 took the cue "ended"
/// after the relative clause. A date in a relative clause set off by
/// commas takes no cue after the clause ends.
#[test]
fn a_date_in_a_relative_clause_takes_no_cue_after_it() {
    assert_eq!(
        analysis_of(
            "3 October 2023",
            "The first Karabakh war, which broke out in 1988, ended with the Bishkek \
             ceasefire of 12 May 1994."
        ),
        []
    );
    assert_eq!(
        analysis_of(
            "3 October 2023",
            "The first Karabakh war, which broke out in 1988, ended with the Bishkek \
             ceasefire of 12 May 1995."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "12 May 1995".to_string()
        )]
    );
}

/// Regression (round 24): "The trial opened at Camp Zeist, a former US air
/// base near Utrecht, on 3 May 1999" was no claim: the appositive between
/// the verb and the date put the date out of the verb's reach. An aside
/// between two commas that begins with an article describes the noun
/// before it and counts no words.
#[test]
fn an_appositive_between_a_verb_and_its_date_counts_no_words() {
    let check = |day: &str| {
        analysis_of(
            "13 June 2024",
            &format!(
                "The Second Karabakh War began in Nagorno-Karabakh, a mountainous region of the South Caucasus, on {day} September 2020."
            ),
        )
    };
    assert_eq!(
        check("29"),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "29 September 2020".to_string()
        )]
    );
    // the true date is quiet
    assert_eq!(check("27"), []);
}

/// Regression (round 24): "having lived far longer than the three months
/// doctors had predicted" was read as a wrong length of the survival. What
/// a comparison is made with (after "than", or "than the") is another
/// figure, and claims nothing; a hedge ("more than 30 days") is part of
/// the mention and still a claim.
#[test]
fn what_a_comparison_is_made_with_claims_nothing() {
    let check = |body: &str| analysis_of("13 June 2024", body);
    assert_eq!(
        check("The Second Karabakh War lasted longer than the 30 days its planners had expected."),
        []
    );
    assert_eq!(
        check("The Second Karabakh War lasted longer than 30 days."),
        []
    );
    assert_eq!(
        check("The Second Karabakh War lasted 30 days."),
        [("t.txt".to_string(), "fact-mismatch", "30 days".to_string())]
    );
}

/// Regression (round 26): "It is a decade today since Nelson Mandela
/// died" dated the death today, and the decade was read as a length of
/// the event. The day right after a duration is the anniversary it is
/// counted to, and a duration before "today since" (as before "since") is
/// the time since the event.
#[test]
fn a_span_counted_to_today_since_an_event_claims_nothing() {
    let check = |body: &str| analysis_of("27 September 2024", body);
    assert_eq!(
        check("It is four years today since the Second Karabakh War began."),
        []
    );
    assert_eq!(
        check("The Second Karabakh War began today."),
        [("t.txt".to_string(), "fact-mismatch", "today".to_string())]
    );
}

/// Regression (round 27): "The Second Karabakh War began on 27 September
/// 2020 and lasted 54 days, until Russia brokered the ceasefire deal" was
/// no claim: "until" after a duration made it an offset ("44 days until
/// the vote"). A comma between them ends the duration: it is how long the
/// event lasted.
#[test]
fn a_comma_after_a_duration_makes_it_no_offset() {
    let check = |days: &str| {
        analysis_of(
            "5 November 2024",
            &format!(
                "The Second Karabakh War began on 27 September 2020 and lasted {days} days, until Russia brokered the ceasefire deal."
            ),
        )
    };
    assert_eq!(
        check("54"),
        [("t.txt".to_string(), "fact-mismatch", "54 days".to_string())]
    );
    assert_eq!(check("44"), []);
}

/// Regression (round 48, `mi-s2`): "They came under the trilateral
/// statement that ended six weeks of war, with a mandate of five years"
/// read the five years as the war's length: "war", the noun of the six
/// weeks, was taken as a cue for the later duration. A cue between two
/// durations, nearer the earlier, is the earlier one's.
#[test]
fn a_cue_between_two_durations_is_the_nearer_ones() {
    let paragraphs = |weeks: &str| {
        findings_of(&[(
            "t.txt",
            format!(
                "ANALYSIS  13 June 2024 - 08:15\n\nSo ends a deployment that began on 10 November 2020, when 1,960 Russian peacekeepers arrived in Stepanakert.\n\nThey came under the trilateral statement that ended {weeks} weeks of war, with a mandate of five years that would renew itself unless Armenia or Azerbaijan gave six months' notice.\n"
            ),
        )])
    };
    assert_eq!(paragraphs("six"), []);
    assert_eq!(
        paragraphs("nine"),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "nine weeks".to_string()
        )]
    );
}

/// Regression (round 48): once "barely" was read as a hedge of a
/// duration, "the peacekeepers' five-year mandate after barely three and a
/// half years" read the three and a half years as the mandate's term. A
/// cue right after a duration ("five-year mandate") is that duration's, by
/// the rule of a cue between two durations (the test above).
#[test]
fn a_cue_after_a_hyphenated_duration_is_that_durations() {
    let sentence = |term: &str| {
        analysis_of(
            "13 June 2024",
            &format!(
                "Russia in Karabakh\n\nThe Kremlin has cut short the peacekeepers' {term} mandate after barely three and a half years."
            ),
        )
    };
    assert_eq!(sentence("five-year"), []);
    assert_eq!(
        sentence("six-year"),
        [("t.txt".to_string(), "fact-mismatch", "six-year".to_string())]
    );
}

/// Regression (round 45, `mf-s2`): "were evacuated by the International
/// Committee of the Red Cross (ICRC) on 29 December 2024" in an article of
/// 2 January 2024 was no anachronism: the brackets of the acronym were
/// read as the end of the date's clause, which left its past verb in
/// another. A label alone in brackets parts no clauses.
#[test]
fn a_label_in_brackets_does_not_part_a_past_verb_from_its_date() {
    let sentence = |label: &str| {
        analysis_of(
            "2 January 2024",
            &format!(
                "The last 20 patients were evacuated by the International Committee of the Red Cross{label} on 29 December 2024, the ministry said."
            ),
        )
    };
    let anachronism = [(
        "t.txt".to_string(),
        "anachronism",
        "29 December 2024".to_string(),
    )];
    assert_eq!(sentence(" (ICRC)"), anachronism);
    assert_eq!(sentence(""), anachronism);
}

/// Regression (round 45, `mf-s5`): "hosted Aliyev and Pashinyan for talks
/// in Sochi on October 30, 2022, weeks after the two leaders had met in
/// Prague" was no claim: "met", a cue of the Sochi meeting, stood after an
/// offset, which made the date another thing's. A date that modifies a
/// proper name of the subject before it dates that name, whatever cue
/// follows an offset after it.
#[test]
fn a_date_of_a_name_before_an_offset_dates_the_name() {
    let sentence = |day: u32| {
        analysis_of(
            "24 April 2024",
            &format!(
                "When Putin hosted Aliyev and Pashinyan for talks in Sochi on October {day}, 2022, weeks after the two leaders had met in Prague, they agreed not to use force."
            ),
        )
    };
    assert_eq!(
        sentence(30),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "October 30, 2022".to_string()
        )]
    );
    assert_eq!(sentence(31), []);
}

/// Regression (round 45, the `millau` pack): "Two days after the
/// inauguration, on 16 December, the first cars crossed" read 16 December
/// as the inauguration's date. A cue that ends an offset's phrase, with a
/// comma after it, is the offset's anchor and dates nothing after the
/// comma; without the comma the date is the anchor's.
#[test]
fn a_cue_that_ends_an_offsets_phrase_is_its_anchor() {
    let sentence = |text: &str| analysis_of("2 January 2024", text);
    assert_eq!(
        sentence(
            "Two days after the ceasefire statement, on 12 November 2020, the first refugees returned to Stepanakert."
        ),
        []
    );
    assert_eq!(
        sentence(
            "Two days after the ceasefire statement on 12 November 2020, the first refugees returned to Stepanakert."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "12 November 2020".to_string()
        )]
    );
}

/// Regression (round 44, `me-s3`): "moved to Karabakh in September 2022,
/// nearly two years after the 42-day war" bound nothing: the sentence's
/// year, two years from the war, set the sentence in another time. A year
/// that an offset ("two years after") sets apart from the mention, in the
/// offset's own phrase, does not date it. A year that the offset's phrase
/// does not reach ("In 2016, two years after the deal, the four-day war")
/// still does.
#[test]
fn a_year_an_offset_sets_apart_does_not_date_the_offsets_anchor() {
    let check = |days: &str| {
        analysis_of(
            "17 February 2026",
            &format!(
                "He moved to Karabakh in September 2022, nearly two years after the {days}-day war between Armenia and Azerbaijan."
            ),
        )
    };
    assert_eq!(
        check("42"),
        [("t.txt".to_string(), "fact-mismatch", "42-day".to_string())]
    );
    assert_eq!(check("44"), []);
    assert_eq!(
        analysis_of(
            "17 February 2026",
            "In 2016, two years after the deal, the four-day war broke out."
        ),
        []
    );
}

/// Regression (round 28): the headline "Karabakh, Five Years On: A
/// Timeline From War To Treaty" read "Five Years" as the war's length.
/// A duration followed by "on" that ends its phrase is an offset ("five
/// years on" is five years later); "44 days on the front line" is still
/// a length.
#[test]
fn a_duration_on_at_the_end_of_its_phrase_is_an_offset() {
    let doc = |headline: &str| {
        findings_of(&[(
            "t.txt",
            format!("{headline}\nTimelines desk | Published 10 November 2025\n\nThe war ended.\n"),
        )])
    };
    assert_eq!(
        doc("Karabakh, Five Years On: A Timeline From War To Treaty"),
        []
    );
    assert_eq!(
        analysis_of(
            "10 November 2025",
            "The Second Karabakh War lasted 54 days on the front line."
        ),
        [("t.txt".to_string(), "fact-mismatch", "54 days".to_string())]
    );
}

/// Regression (round 32, `lt-s3`; and `kp-p4`'s pinned miss): "The Russian
/// peacekeepers, who were deployed four years ago under the ceasefire deal
/// that ended six weeks of fighting, …" left "deployed" to the ceasefire
/// deal that the clause names. A relative clause ("who", "which") right
/// after a name of the subject and a comma is said of that subject, as a
/// participle phrase there is.
#[test]
fn a_relative_clause_after_a_name_is_said_of_it() {
    let wrong = "The Russian peacekeepers, who were deployed four years ago under the ceasefire deal that ended six weeks of fighting, would have completed their mandate today.";
    assert_eq!(
        analysis_of("10 November 2025", wrong),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "four years ago".to_string()
        )]
    );
    assert_eq!(
        analysis_of("10 November 2025", &wrong.replace("four", "five")),
        []
    );
    assert_eq!(
        analysis_of(
            "1 March 2024",
            "The peacekeepers, who arrived in December 2020 under the trilateral statement that ended six weeks of fighting in Karabakh, were meant to stay until November 2025."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "December 2020".to_string()
        )]
    );
}

/// Regression (round 49, `mj-s2`): "The withdrawal of the contingent ended
/// on 12 July 2024, three days before his 58th birthday, when the last
/// column crossed into Armenia" was no claim: "last", a cue of the
/// completion after the offset "three days before", was taken for the
/// offset's anchor, which sets the date apart. The anchor is "his 58th
/// birthday"; a cue after a comma that ends the offset's phrase is not it.
#[test]
fn a_cue_past_the_end_of_an_offsets_phrase_is_not_its_anchor() {
    let check = |body: &str| analysis_of("9 November 2024", body);
    assert_eq!(
        check(
            "The withdrawal of the contingent ended on 12 July 2024, three days before his birthday, when the last column crossed into Armenia."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "12 July 2024".to_string()
        )]
    );
    // a cue inside the offset's phrase is its anchor: the date is another
    // event's, three days before the last column left
    assert_eq!(
        check(
            "The withdrawal of the contingent ended on 12 July 2024, three days before the last column crossed into Armenia."
        ),
        []
    );
}

/// Regression (round 50, `mk-s2`): the table cell "December 2022 to
/// September 2023" (the Lachin blockade) was read as two dates, and the
/// second as a wrong start of the blockade. A bare "to" between two months
/// with their years makes them one span.
#[test]
fn two_months_with_their_years_joined_by_to_are_one_span() {
    let table = |cell: &str| {
        findings_of(&[(
            "t.md",
            format!(
                "---\ndate: 2025-09-18\n---\n\n| What | Figure | When |\n|---|---|---|\n| Length of the Lachin blockade | about nine months | {cell} |\n"
            ),
        )])
    };
    assert_eq!(table("December 2022 to September 2023"), []);
    // the month alone is still read as a wrong start
    assert_eq!(
        table("September 2023"),
        [(
            "t.md".to_string(),
            "fact-mismatch",
            "September 2023".to_string()
        )]
    );
}

/// Regression (round 51, `heysel`): "Liverpool had to wait a further year"
/// tripped the debug check of the scanner's guard: "a" before "further" was
/// passed over as an article that begins no claim, though "a further year"
/// is a duration. The words a duration reads before its unit ("further",
/// "consecutive", …) make an article before them worth trying.
#[test]
fn an_article_before_a_word_a_duration_reads_is_tried() {
    use claimlint::extract::{Expr, extract};
    for text in [
        "Liverpool had to wait a further year.",
        "It rose for a consecutive year.",
    ] {
        let found = extract(text);
        assert!(
            found
                .iter()
                .any(|m| matches!(m.expr, Expr::Duration(_))
                    && text[m.span.clone()].starts_with("a ")),
            "{text:?}: {found:?}"
        );
    }
}
