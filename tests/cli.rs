//! The `claimlint` binary: exit codes (0 clean, 1 findings at or above
//! `--min-severity`, 2 could not run), error messages on stderr, standard
//! input, output formats and colour.
//!
//! Inputs live in `tests/fixtures/cli/`; files that cannot live in the
//! repository (binary, invalid UTF-8) are written to a fresh directory under
//! the system's temporary directory.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const CLEAN: &str = "tests/fixtures/cli/clean.txt";
/// Only a warning (`wrong-name`).
const WARNING: &str = "tests/fixtures/cli/warning.txt";
/// An error (`fact-mismatch`).
const ERROR: &str = "tests/fixtures/cli/error.txt";
/// A rule file with an unknown key, `valeu`, on line 13.
const BAD_RULES: &str = "tests/fixtures/cli/bad-rules.yaml";

/// Runs the binary from the crate root (so fixture paths are relative), with
/// `stdin` piped in if given.
fn run_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimlint"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
    let mut child = cmd.spawn().expect("the binary runs");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(bytes).expect("write to stdin");
        // dropping the pipe closes it: end of input
    }
    child.wait_with_output().expect("the binary finishes")
}

fn run(args: &[&str]) -> Output {
    run_with_stdin(args, None)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit code, showing both streams if it is wrong.
#[track_caller]
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "wrong exit code\n--- stdout\n{}\n--- stderr\n{}",
        stdout(o),
        stderr(o)
    );
}

/// A fresh directory under the system's temporary directory, removed when
/// dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "claimlint-cli-{tag}-{}-{nanos}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("create temporary directory");
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write temporary file");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn as_str(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

// ---------------------------------------------------------------- exit codes

#[test]
fn clean_file_exits_0() {
    let o = run(&["check", "--color", "never", CLEAN]);
    assert_exit(&o, 0);
    assert!(
        stdout(&o).contains("0 errors, 0 warnings"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn warning_exits_1_by_default() {
    let o = run(&["check", "--color", "never", WARNING]);
    assert_exit(&o, 1);
    assert!(stdout(&o).contains("wrong-name"), "{}", stdout(&o));
}

#[test]
fn warning_exits_0_with_min_severity_error() {
    let o = run(&[
        "check",
        "--color",
        "never",
        "--min-severity",
        "error",
        WARNING,
    ]);
    assert_exit(&o, 0);
    // the warning is still reported, it just does not fail the run
    assert!(stdout(&o).contains("wrong-name"), "{}", stdout(&o));
}

#[test]
fn error_exits_1() {
    let o = run(&["check", "--color", "never", ERROR]);
    assert_exit(&o, 1);
    assert!(stdout(&o).contains("fact-mismatch"), "{}", stdout(&o));
    let o = run(&[
        "check",
        "--color",
        "never",
        "--min-severity",
        "error",
        ERROR,
    ]);
    assert_exit(&o, 1);
}

#[test]
fn date_flag_overrides_the_dateline() {
    // "inaugurated on November 8, 2024" is an anachronism in an article of
    // April 2024, not in one of 2025
    let f = "tests/fixtures/checks/anachronism/bad.txt";
    assert_exit(&run(&["check", "--color", "never", f]), 1);
    assert_exit(
        &run(&["check", "--color", "never", "--date", "2025-01-01", f]),
        0,
    );
}

// ---------------------------------------------------------------- could not run: exit 2

#[test]
fn nonexistent_path_exits_2() {
    let missing = "tests/fixtures/cli/no-such-file.txt";
    let o = run(&["check", "--color", "never", missing]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains(missing) && err.contains("no such file"),
        "{err}"
    );
}

/// Regression: miette draws an underline after as many spaces as the
/// span's column and panicked past column 65,535; a claim far along a line
/// of 100,000 characters (a whole article on one line) is reported at its
/// line and column, with the part of the line around it.
#[test]
fn a_claim_far_along_a_very_long_line_is_reported_without_a_panic() {
    let dir = TempDir::new("long-line");
    let filler = "The talks went on – and on, without a number in sight. ".repeat(1_800);
    let text = format!(
        "April 18, 2024\n{filler}Russia deployed its peacekeepers in Nagorno-Karabakh in 2019.\n"
    );
    let p = dir.write("long.txt", text.as_bytes());
    let o = run(&["check", "--color", "never", as_str(&p)]);
    assert_exit(&o, 1);
    let out = stdout(&o);
    let before = format!("{filler}Russia deployed its peacekeepers in Nagorno-Karabakh in ");
    // (in characters, as the JSON report counts them)
    let column = 1 + before.chars().count();
    assert!(out.contains(&format!("long.txt:2:{column}]")), "{out}");
    assert!(out.contains("Nagorno-Karabakh in 2019"), "{out}");
    // the snippet is the part of the line around the claim, not all of it
    assert!(out.len() < 20_000, "{} bytes", out.len());
    let o = run(&["check", "--format", "json", as_str(&p)]);
    let json = stdout(&o);
    assert!(json.contains(&format!("\"column\": {column},")), "{json}");
}

#[test]
fn binary_file_exits_2() {
    let dir = TempDir::new("binary");
    let p = dir.write("binary.txt", b"April 18, 2024\n\x00\x01\x02\x00 not text\n");
    let o = run(&["check", "--color", "never", as_str(&p)]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("binary.txt") && err.contains("binary file"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_exits_2_and_the_other_files_are_still_checked() {
    let dir = TempDir::new("utf8");
    let p = dir.write(
        "latin1.txt",
        b"Title\n\nApril 18, 2024\n\nCaf\xe9 in Baku.\n",
    );
    let o = run(&["check", "--color", "never", as_str(&p), WARNING]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("latin1.txt") && err.contains("not UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("line 5"),
        "the message gives the line of the bad byte: {err}"
    );
    let out = stdout(&o);
    assert!(
        out.contains(WARNING) && out.contains("wrong-name"),
        "the valid file is reported: {out}"
    );
    assert!(out.contains("in 1 document"), "{out}");
}

/// The formats CI tools read keep the exit codes: 1 for findings at the
/// threshold, 2 (and the input named in the report) for a file that could
/// not be checked, while the other files are still reported.
#[test]
fn ci_formats_keep_the_exit_codes_and_name_unreadable_inputs() {
    let dir = TempDir::new("ci-formats");
    let bad = dir.write("binary.txt", b"April 18, 2024\n\x00\x01\x02\x00 not text\n");
    for format in ["concise", "github", "gitlab", "sarif", "junit"] {
        let o = run(&["check", "--format", format, WARNING]);
        assert_exit(&o, 1);
        assert!(
            stdout(&o).contains("wrong-name"),
            "{format}: {}",
            stdout(&o)
        );
        let o = run(&[
            "check",
            "--format",
            format,
            "--min-severity",
            "error",
            WARNING,
        ]);
        assert_exit(&o, 0);
        let o = run(&["check", "--format", format, as_str(&bad), WARNING]);
        assert_exit(&o, 2);
        let out = stdout(&o);
        assert!(out.contains("wrong-name"), "{format}: {out}");
        assert!(stderr(&o).contains("binary.txt"), "{format}");
        match format {
            "sarif" => {
                let v: serde_json::Value = serde_json::from_str(&out).unwrap();
                let inv = &v["runs"][0]["invocations"][0];
                assert_eq!(inv["executionSuccessful"], false, "{out}");
            }
            "github" | "junit" => assert!(out.contains("binary.txt"), "{format}: {out}"),
            _ => {}
        }
    }
}

#[test]
fn bad_flag_exits_2() {
    let o = run(&["check", "--bogus", CLEAN]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("--bogus") && err.contains("unexpected argument"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
}

#[test]
fn bad_date_exits_2() {
    let o = run(&["check", "--date", "notadate", CLEAN]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("notadate") && err.contains("not a date"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
}

#[test]
fn broken_rule_file_exits_2_naming_the_field_and_line() {
    let o = run(&["check", "--color", "never", "--rules", BAD_RULES, CLEAN]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(err.contains("unknown field `valeu`"), "{err}");
    assert!(
        err.contains(&format!("{BAD_RULES}:13")),
        "stderr should point at line 13: {err}"
    );
    assert!(o.stdout.is_empty(), "{}", stdout(&o));

    let o = run(&["rules", BAD_RULES]);
    assert_exit(&o, 2);
    assert!(
        stderr(&o).contains("unknown field `valeu`"),
        "{}",
        stderr(&o)
    );
}

// ---------------------------------------------------------------- input and output

#[test]
fn stdin_is_read_for_dash() {
    let text =
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(WARNING)).unwrap();
    let o = run_with_stdin(&["check", "--color", "never", "-"], Some(&text));
    assert_exit(&o, 1);
    let out = stdout(&o);
    assert!(
        out.contains("[-:5:"),
        "the report names standard input `-`: {out}"
    );
    assert!(out.contains("wrong-name"), "{out}");

    let o = run_with_stdin(&["check", "--format", "json", "-"], Some(&text));
    assert_exit(&o, 1);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["documents"][0]["path"], "-");
    assert_eq!(v["findings"][0]["path"], "-");
}

/// The files under a directory are listed in the order of their paths as
/// text, nested directories where their names fall among the files, hidden
/// entries and files of other kinds left out, links followed. (Guards reading the entries' names and
/// kinds from the directory instead of asking the file system per path.)
/// Regression: a link to a directory the walk is in was followed again and
/// again, each file read once per turn until the path grew too long.
#[cfg(unix)]
#[test]
fn a_link_back_up_the_tree_is_not_followed() {
    let dir = TempDir::new("loop");
    std::fs::create_dir_all(dir.0.join("sub")).expect("create directory");
    dir.write("a.txt", b"On 10 November 2020 it ended.\n");
    dir.write("sub/b.txt", b"On 10 November 2020 it ended.\n");
    std::os::unix::fs::symlink(&dir.0, dir.0.join("sub/up")).expect("link");
    let o = run(&["extract", "--format", "json", as_str(&dir.0)]);
    assert_exit(&o, 2);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v.as_array().expect("documents").len(), 2, "{v}");
    let err = stderr(&o);
    assert!(err.contains("sub/up") && err.contains("loop"), "{err}");
}

#[test]
fn directories_are_listed_in_path_order() {
    let dir = TempDir::new("walk");
    for d in ["a", "a-b", ".hidden", "B"] {
        std::fs::create_dir_all(dir.0.join(d)).expect("create directory");
    }
    for f in [
        "a/x.txt",
        "a-b/y.md",
        "a.txt",
        "B/z.txt",
        ".hidden/q.txt",
        "a/.h.txt",
        "a/Z.txt",
        "a/skip.png",
    ] {
        dir.write(f, b"On 10 November 2020 it ended.\n");
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.0.join("a"), dir.0.join("link")).expect("link");
    let o = run(&["extract", "--format", "json", as_str(&dir.0)]);
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let root = as_str(&dir.0);
    let paths: Vec<String> = v
        .as_array()
        .expect("extract lists the documents")
        .iter()
        .map(|d| d["path"].as_str().unwrap().replacen(root, "", 1))
        .collect();
    let mut want = vec!["/B/z.txt", "/a-b/y.md", "/a.txt", "/a/Z.txt", "/a/x.txt"];
    if cfg!(unix) {
        want.extend(["/link/Z.txt", "/link/x.txt"]);
    }
    assert_eq!(paths, want);
}

#[test]
fn json_format_parses_with_schema_1() {
    let o = run(&["check", "--format", "json", ERROR, CLEAN]);
    assert_exit(&o, 1);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(&o)));
    assert_eq!(v["schema"], 1);
    let paths: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, [CLEAN, ERROR], "documents sorted by path");
    let f = &v["findings"][0];
    assert_eq!(f["code"], "fact-mismatch");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["path"], ERROR);
    assert_eq!(f["text"], "2019");
    assert_eq!(f["fact"], "peacekeepers.deployed");
    assert_eq!(f["line"], 5);
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(0));
}

#[test]
fn json_format_lists_input_errors() {
    let missing = "tests/fixtures/cli/no-such-file.txt";
    let o = run(&["check", "--format", "json", missing, CLEAN]);
    assert_exit(&o, 2);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["schema"], 1);
    assert_eq!(v["errors"][0]["path"], missing);
    assert_eq!(v["documents"][0]["path"], CLEAN);
}

#[test]
fn color_always_and_never() {
    let o = run(&["check", "--color", "always", WARNING]);
    assert_exit(&o, 1);
    assert!(
        stdout(&o).contains("\x1b["),
        "--color always should use ANSI escapes: {:?}",
        stdout(&o)
    );

    let o = run(&["check", "--color", "never", WARNING]);
    assert_exit(&o, 1);
    assert!(
        !stdout(&o).contains('\x1b'),
        "--color never should not: {:?}",
        stdout(&o)
    );

    // auto, with stdout a pipe: no colour
    let o = run(&["check", WARNING]);
    assert!(
        !stdout(&o).contains('\x1b'),
        "--color auto into a pipe should not: {:?}",
        stdout(&o)
    );
}

#[test]
fn rules_lists_the_bundled_facts() {
    let o = run(&["rules"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(out.contains("peacekeepers.deployed"), "{out}");
    assert!(out.contains("rules/karabakh.yaml"), "{out}");
}

#[test]
fn checks_lists_every_registered_code() {
    let o = run(&["checks"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    for c in claimlint::checks::REGISTRY {
        assert!(
            out.lines()
                .any(|l| l.starts_with(c.code()) && l.contains(c.severity().as_str())),
            "{} missing from:\n{out}",
            c.code()
        );
    }
}

/// Regression: `claimlint extract … | head` panicked ("failed printing to
/// stdout: Broken pipe") once the reader closed the pipe. A reader that
/// stops reading is not an error of the run.
#[test]
fn a_closed_output_pipe_is_no_panic() {
    let dir = TempDir::new("pipe");
    // far more output than a pipe buffers, so the writer meets the closed end
    let text = "On 10 November 2020, nearly 2,000 troops arrived.\n".repeat(2_000);
    let path = dir.write("long.txt", text.as_bytes());
    for args in [
        &["extract", "--format", "json", as_str(&path)][..],
        &["check", "--format", "json", as_str(&path)][..],
        &["check", as_str(&path)][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run claimlint");
        drop(child.stdout.take());
        let o = child.wait_with_output().expect("wait for claimlint");
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_ne!(o.status.code(), Some(101), "{args:?}: {err}");
    }
}

// ---------------------------------------------------------------- streaming

/// Files whose claims disagree across documents and within one (`c.txt`),
/// one only cited as evidence (`a.txt`), one with CRLF line ends (`b.txt`)
/// and one with no claim (`d.txt`).
const STREAM: &str = "tests/fixtures/cli/stream";

/// Runs the binary on `args` with `RAYON_NUM_THREADS` set, and
/// `CLAIMLINT_KEEP_BYTES` (how much of the files' findings the first pass
/// stores) if given.
fn run_on_threads(args: &[&str], threads: usize, keep: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimlint"));
    if let Some(k) = keep {
        cmd.env("CLAIMLINT_KEEP_BYTES", k);
    }
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

/// Guards the streamed report (`check_streaming`: two passes over the
/// files, findings drawn on the run's threads and written a document at a
/// time, in order, other documents' evidence read again between the
/// passes) against the report collected whole
/// (`check_inputs`) and rendered at the end: the same bytes in every
/// format, on one thread and two, whatever the order the files are given
/// in, and whether the files' findings are stored from the first pass (the
/// default, for files this small) or every file with findings is analysed
/// again (`CLAIMLINT_KEEP_BYTES=0`).
#[test]
fn the_streamed_report_is_the_collected_report() {
    let rules = claimlint::rules::bundled();
    let mut files: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(STREAM))
            .expect("the fixture directory")
            .map(|e| {
                format!(
                    "{STREAM}/{}",
                    e.expect("an entry").file_name().to_string_lossy()
                )
            })
            .collect();
    files.sort();
    // relative to the crate root, which tests run from, so that the files
    // are named as the binary run from there names them
    let inputs = files
        .iter()
        .map(|f| claimlint::Input::File(PathBuf::from(f)))
        .collect();
    let (report, errors) = claimlint::check_inputs(inputs, None, &rules);
    assert!(errors.is_empty(), "{errors:?}");
    let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["inconsistent", "fact-mismatch", "inconsistent"]);
    let json = claimlint::render::json::render(&report, &rules, &[]);
    let human = claimlint::render::human::render(
        &report,
        &rules,
        claimlint::render::human::Style {
            color: false,
            width: 100,
        },
    );
    use claimlint::render::ci;
    let tools: Vec<(&str, String)> = [
        ("concise", &ci::concise::Concise as &dyn ci::Pieces),
        ("github", &ci::github::Github),
        ("gitlab", &ci::gitlab::Gitlab),
        ("sarif", &ci::sarif::Sarif),
        ("junit", &ci::junit::Junit),
    ]
    .into_iter()
    .map(|(name, format)| (name, ci::render(format, &report, &rules, &[])))
    .collect();
    let mut reversed: Vec<&str> = files.iter().map(String::as_str).collect();
    reversed.reverse();
    for (threads, keep) in [(1, None), (2, None), (1, Some("0")), (2, Some("0"))] {
        for paths in [vec![STREAM], reversed.clone()] {
            let formats = [
                (["--format", "json"], &json),
                (["--color", "never"], &human),
            ]
            .into_iter()
            .chain(tools.iter().map(|(name, want)| (["--format", *name], want)));
            for (format, want) in formats {
                let mut args = vec!["check"];
                args.extend(format);
                args.extend(&paths);
                let o = run_on_threads(&args, threads, keep);
                assert_exit(&o, 1);
                assert_eq!(
                    &stdout(&o),
                    want,
                    "{format:?}, {threads} threads, {keep:?}, {paths:?}"
                );
            }
        }
    }
}

/// `extract` gives each temporal mention its TIMEX3 type and value, as
/// TimeML writes them, and none to a count.
#[test]
fn extract_writes_the_timex_of_each_temporal_mention() {
    let dir = TempDir::new("timex");
    dir.write(
        "a.txt",
        b"The war lasted 44 days, ended on 10 November 2020 and cost 2,000 lives; talks run every Monday.\n",
    );
    let path = dir.0.join("a.txt");
    let o = run(&[
        "extract",
        "--format",
        "json",
        "--date",
        "2024-04-18",
        as_str(&path),
    ]);
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let got: Vec<(String, String, String)> = v[0]["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .map(|m| {
            let t = |k: &str| m["timex"][k].as_str().unwrap_or("-").to_string();
            (
                m["text"].as_str().unwrap().to_string(),
                t("type"),
                t("value"),
            )
        })
        .collect();
    let want = [
        ("44 days", "DURATION", "P44D"),
        ("10 November 2020", "DATE", "2020-11-10"),
        ("2,000", "-", "-"),
        ("every Monday", "SET", "XXXX-WXX-1"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
}
