//! The `claimlint` command: parses flags, loads rules and inputs, runs the
//! library, prints, and owns the exit codes:
//!
//! - 0: no finding at or above `--min-severity`;
//! - 1: findings at or above it;
//! - 2: could not run (bad rules, unreadable input, bad flag).

use claimlint::checks::Severity;
use claimlint::document::{Document, Format};
use claimlint::input::{self, InputError};
use claimlint::render;
use claimlint::rules::{self, RuleSet};
use claimlint::{timeml, timex};
use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "claimlint",
    version,
    about = "Checks the factual claims in article drafts against known facts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    /// Miette diagnostics: each claim's span, the fact, its source and the rule
    Human,
    /// One JSON document: the documents with their claims, and the findings
    Json,
    /// One line a finding: path:line:column: severity[code] message
    Concise,
    /// GitHub Actions workflow commands (annotations on the diff)
    Github,
    /// GitLab Code Quality report
    Gitlab,
    /// SARIF 2.1.0 (GitHub code scanning, Azure DevOps)
    Sarif,
    /// JUnit XML (Jenkins, test dashboards)
    Junit,
}

impl OutputFormat {
    /// The format's pieces, for the formats CI tools read.
    fn ci(self) -> Option<&'static dyn render::ci::Pieces> {
        use render::ci::*;
        Some(match self {
            OutputFormat::Human | OutputFormat::Json => return None,
            OutputFormat::Concise => &concise::Concise,
            OutputFormat::Github => &github::Github,
            OutputFormat::Gitlab => &gitlab::Gitlab,
            OutputFormat::Sarif => &sarif::Sarif,
            OutputFormat::Junit => &junit::Junit,
        })
    }
}

/// Output formats of `extract`.
#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Human,
    Json,
    /// TimeML: a TIMEX3 (type, value) around each temporal expression. A
    /// TimeML input (TempEval-3 .tml/.TE3input) is annotated in place, its
    /// DCT the article's date unless --date is given; other text is wrapped
    /// in a new TimeML document.
    Timeml,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum MinSeverity {
    Error,
    Warning,
    Advice,
}

#[derive(clap::Args)]
struct Common {
    /// Rule file or directory of rule files (repeatable); replaces the bundled rules.
    #[arg(long, value_name = "PATH")]
    rules: Vec<PathBuf>,
    /// The articles' date (YYYY-MM-DD), overriding front matter and datelines.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: OutputFormat,
    /// When to use colour in the human report.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
}

/// The options of `extract`: those of `check`, with its own output formats.
#[derive(clap::Args)]
struct ExtractOptions {
    /// Rule file or directory of rule files (repeatable); replaces the bundled rules.
    #[arg(long, value_name = "PATH")]
    rules: Vec<PathBuf>,
    /// The articles' date (YYYY-MM-DD), overriding front matter, datelines and TimeML DCTs.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: ExtractFormat,
    /// When to use colour (accepted as for `check`; the extract output has none).
    #[arg(long, value_enum, default_value = "auto")]
    #[allow(dead_code)]
    color: Color,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts (files, directories, or - for standard input).
    Check {
        /// Files or directories (.txt, .md, .markdown); - reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        common: Common,
        /// The lowest severity that fails the run (exit 1).
        #[arg(long, value_enum, default_value = "warning")]
        min_severity: MinSeverity,
    },
    /// List the checks: code, default severity, what each finds.
    Checks,
    /// Validate rule files and list what they define (the bundled rules by default).
    Rules {
        /// Rule files or directories.
        paths: Vec<PathBuf>,
    },
    /// List every mention found in the text, with its value.
    Extract {
        /// Files or directories; - reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        options: ExtractOptions,
    },
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>()
        .map_err(|e| format!("`{s}` is not a date (YYYY-MM-DD): {e}"))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check {
            paths,
            common,
            min_severity,
        } => cmd_check(&paths, &common, min_severity),
        Command::Rules { paths } => cmd_rules(&paths),
        Command::Checks => {
            let mut out = String::new();
            for c in claimlint::checks::REGISTRY {
                out.push_str(&format!(
                    "{:<18} {:<8} {}\n",
                    c.code(),
                    c.severity().as_str(),
                    c.summary()
                ));
            }
            emit(&out);
            Ok(0)
        }
        Command::Extract { paths, options } => cmd_extract(&paths, &options),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::from(2)
        }
    }
}

/// Writes a command's output to standard output. A closed pipe
/// (`claimlint extract … | head`) is not an error of the run: what was
/// asked for was found, the reader just stopped reading, so `print!`'s
/// panic would be wrong.
fn emit(out: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush());
}

fn use_color(c: Color) -> bool {
    match c {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// Renders a rule error as a miette report.
fn rule_error_report(e: &rules::RuleError, color: bool) -> String {
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let mut s = String::new();
    let _ = miette::GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .render_report(&mut s, e);
    s
}

fn load_rules(paths: &[PathBuf], color: bool) -> Result<RuleSet, String> {
    if paths.is_empty() {
        return Ok(rules::bundled());
    }
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("error: cannot read rules directory {}: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            entries.sort();
            if entries.is_empty() {
                return Err(format!("error: no .yaml rule files in {}", p.display()));
            }
            files.extend(entries);
        } else {
            files.push(p.clone());
        }
    }
    let mut sources = Vec::new();
    for f in files {
        let text = std::fs::read(&f)
            .map_err(|e| format!("error: cannot read rule file {}: {e}", f.display()))?;
        let text = String::from_utf8(text)
            .map_err(|_| format!("error: rule file {} is not UTF-8", f.display()))?;
        sources.push((input::display(&f), text));
    }
    rules::load(&sources).map_err(|e| rule_error_report(&e, color))
}

/// The files the paths name (directories walked), and the paths that do
/// not exist.
fn input_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let files: Vec<PathBuf> = paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    input::expand(&files)
}

/// Standard input as a document, if `-` is among the paths.
fn read_stdin(
    paths: &[PathBuf],
    date: Option<Date>,
    errors: &mut Vec<InputError>,
) -> Option<Document> {
    if !paths.iter().any(|p| p.as_os_str() == "-") {
        return None;
    }
    let mut bytes = Vec::new();
    let loaded = match std::io::stdin().read_to_end(&mut bytes) {
        Ok(_) => Document::from_bytes("-", bytes, Format::Text, date),
        Err(e) => Err(claimlint::document::LoadError::Io(e.to_string())),
    };
    loaded
        .map_err(|error| {
            errors.push(InputError {
                path: "-".into(),
                error,
            })
        })
        .ok()
}

/// The report, written as the run hands it over.
enum Output<'r, W: Write> {
    Json(render::json::Writer<W>),
    Human(Box<render::human::Writer<'r, 'r, W>>),
    Ci(render::ci::Writer<'r, W>),
}

/// Writes each document's findings as they come, and keeps what the end of
/// the report and the exit code need.
struct Report<'r, W: Write> {
    out: Output<'r, W>,
    rules: &'r RuleSet,
    documents: usize,
    claims: usize,
    max: Option<Severity>,
    /// The first write that failed; nothing is written after it.
    failed: Option<std::io::Error>,
}

impl<W: Write> claimlint::Sink for Report<'_, W> {
    fn documents(&mut self, docs: &[claimlint::DocInfo]) {
        self.documents = docs.len();
        self.claims = docs.iter().map(|d| d.claims.len()).sum();
        let written = match &mut self.out {
            Output::Json(j) => j.documents(docs, self.rules),
            Output::Ci(c) => c.documents(docs, self.rules),
            Output::Human(_) => Ok(()),
        };
        if let Err(e) = written {
            self.failed.get_or_insert(e);
        }
    }

    fn findings(&mut self, batch: claimlint::Batch<'_>) {
        self.max = self
            .max
            .max(batch.findings.iter().map(|f| f.severity).max());
        if self.failed.is_some() {
            return;
        }
        let written = match &mut self.out {
            // serialised on the run's threads when it has several
            Output::Json(j) => match &batch.prepared {
                Some(done) => j.prepared(batch.findings.len(), done),
                None => j.findings(&batch.findings, batch.docs, self.rules),
            },
            // drawn on the run's threads (see `cmd_check`)
            Output::Human(h) => match &batch.prepared {
                Some(drawn) => h.write_drawn(&batch.findings, drawn),
                None => h.findings(&batch.findings, batch.docs),
            },
            Output::Ci(c) => match &batch.prepared {
                Some(done) => c.prepared(batch.index, batch.findings.len(), done),
                None => c.findings(batch.index, &batch.findings, batch.docs, self.rules),
            },
        };
        if let Err(e) = written {
            self.failed = Some(e);
        }
    }
}

fn cmd_check(paths: &[PathBuf], common: &Common, min: MinSeverity) -> Result<u8, String> {
    let color = use_color(common.color);
    let rules = load_rules(&common.rules, color)?;
    let (files, mut errors) = input_files(paths);
    let mut inputs: Vec<claimlint::Input> = files.into_iter().map(claimlint::Input::File).collect();
    inputs.extend(
        read_stdin(paths, common.date, &mut errors)
            .map(|d| claimlint::Input::Document(Box::new(d))),
    );
    let stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let width = if color { terminal_width() } else { 100 };
    // one painter draws the human report, on the run's threads and for the
    // writer alike
    let painter = render::human::Painter::new(&rules, render::human::Style { color, width });
    let out = match (common.format, common.format.ci()) {
        (_, Some(format)) => Output::Ci(render::ci::Writer::new(stdout, format)),
        (OutputFormat::Json, _) => Output::Json(render::json::Writer::new(stdout)),
        _ => Output::Human(Box::new(render::human::Writer::new(stdout, &painter))),
    };
    let mut report = Report {
        out,
        rules: &rules,
        documents: 0,
        claims: 0,
        max: None,
        failed: None,
    };
    // how much of the files' findings the first pass keeps (see
    // `check_streaming`); for tests and measurements
    let keep = std::env::var("CLAIMLINT_KEEP_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(claimlint::STORE_BYTES);
    // serialising or drawing findings is most of the report's work: it is
    // done on the run's threads, and the report only writes what they made
    let json = render::json::Painter { rules: &rules };
    let ci = common.format.ci().map(|format| render::ci::Painter {
        format,
        rules: &rules,
    });
    let prepare: &dyn claimlint::Prepare = match (common.format, &ci) {
        (_, Some(ci)) => ci,
        (OutputFormat::Json, _) => &json,
        _ => &painter,
    };
    let how = claimlint::Streaming {
        keep,
        prepare: Some(prepare),
    };
    let load_errors =
        claimlint::check_streaming_with(inputs, common.date, &rules, how, &mut report);
    errors.extend(load_errors);
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    // a closed pipe (`claimlint check … | head`) is not an error of the run
    if report.failed.is_none() {
        let finished = match report.out {
            Output::Json(j) => j.finish(&errors),
            Output::Human(h) => h.finish(report.documents, report.claims),
            Output::Ci(c) => c.finish(&errors),
        };
        if let Ok(mut stdout) = finished {
            let _ = stdout.flush();
        }
    }
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.error);
    }
    if !errors.is_empty() {
        return Ok(2);
    }
    let threshold = match min {
        MinSeverity::Error => Severity::Error,
        MinSeverity::Warning => Severity::Warning,
        MinSeverity::Advice => Severity::Advice,
    };
    Ok(u8::from(report.max >= Some(threshold)))
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

fn cmd_rules(paths: &[PathBuf]) -> Result<u8, String> {
    let rules = load_rules(paths, use_color(Color::Auto))?;
    let mut out = String::new();
    for (k, f) in rules.files.iter().enumerate() {
        let subjects = rules.subjects.iter().filter(|s| s.file == k).count();
        let facts: Vec<_> = rules.facts.iter().filter(|x| x.file == k).collect();
        let names = rules.names.iter().filter(|n| n.file == k).count();
        out.push_str(&format!(
            "{}: pack {}: {subjects} subjects, {} facts, {names} names\n",
            f.path,
            f.pack.as_deref().unwrap_or("(unnamed)"),
            facts.len()
        ));
        for s in rules.subjects.iter().filter(|s| s.file == k) {
            out.push_str(&format!("  subject {:<26} {}\n", s.id, s.name));
        }
        for x in &facts {
            let value = x
                .value
                .as_ref()
                .map_or("(no value)".into(), |v| v.to_string());
            out.push_str(&format!(
                "  fact    {:<40} {:<8} {value}\n",
                x.id,
                x.kind.as_str()
            ));
        }
        for n in rules.names.iter().filter(|n| n.file == k) {
            out.push_str(&format!(
                "  name    {:<26} {}{}\n",
                n.id,
                n.name,
                n.acronym
                    .as_ref()
                    .map_or(String::new(), |a| format!(" ({a})"))
            ));
        }
    }
    emit(&out);
    Ok(0)
}

fn cmd_extract(paths: &[PathBuf], options: &ExtractOptions) -> Result<u8, String> {
    // mentions are found without the rules; rule files given are still
    // read, and a broken one reported as `check` would
    if !options.rules.is_empty() {
        load_rules(&options.rules, false)?;
    }
    let (files, mut errors) = input_files(paths);
    let mut inputs: Vec<claimlint::Input> = files.into_iter().map(claimlint::Input::File).collect();
    inputs.extend(
        read_stdin(paths, options.date, &mut errors)
            .map(|d| claimlint::Input::Document(Box::new(d))),
    );
    let date = options.date;
    // each document's output is made on the run's threads; here it is only
    // written, in path order
    let each = |doc: Document| -> Result<String, String> {
        match options.format {
            ExtractFormat::Timeml => extract_timeml(doc, date),
            ExtractFormat::Json => Ok(render::extract::json_document(
                &doc,
                &claimlint::mentions(&doc),
            )),
            ExtractFormat::Human => Ok(render::extract::human_document(
                &doc,
                &claimlint::mentions(&doc),
            )),
        }
    };
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    // a closed pipe (`claimlint extract … | head`) is not an error of the
    // run: nothing more is written after it
    let mut failed = false;
    let mut write = |s: &str, failed: &mut bool| {
        if !*failed && stdout.write_all(s.as_bytes()).is_err() {
            *failed = true;
        }
    };
    let mut list = render::extract::JsonList::default();
    let json = matches!(options.format, ExtractFormat::Json);
    let mut unparsed = Vec::new();
    let load_errors = claimlint::map_streaming(inputs, date, &each, &mut |out| match out {
        Ok(text) => {
            if json {
                write(list.before(), &mut failed);
            }
            write(&text, &mut failed);
        }
        Err(e) => unparsed.push(e),
    });
    if json {
        write(list.end(), &mut failed);
    }
    if !failed {
        let _ = stdout.flush();
    }
    errors.extend(load_errors);
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    let errors: Vec<String> = errors
        .iter()
        .map(|e| format!("{}: {}", e.path, e.error))
        .chain(unparsed)
        .collect();
    for e in &errors {
        eprintln!("error: {e}");
    }
    Ok(if errors.is_empty() { 0 } else { 2 })
}

/// `extract --format timeml`: one input as a TimeML document with a TIMEX3
/// around each temporal expression. A TimeML input is annotated in place
/// (see `timeml::annotate`), read with its DCT as the article's date unless
/// `--date` is given; other text is wrapped in a new TimeML document. An
/// input that looks like TimeML but does not parse is an error.
fn extract_timeml(doc: Document, date: Option<Date>) -> Result<String, String> {
    if timeml::looks_like_timeml(&doc.text) {
        let t = timeml::parse(&doc.text).map_err(|e| format!("{}: {e}", doc.path))?;
        let plain = Document::new(&doc.path, t.text.clone(), Format::Text, date.or(t.dct));
        let mentions = claimlint::mentions(&plain);
        let timexes = timex::timeml_timexes(&plain.text, &mentions, plain.date);
        Ok(timeml::annotate_timeml(&doc.text, &t, &timexes))
    } else {
        let mentions = claimlint::mentions(&doc);
        let timexes = timex::timeml_timexes(&doc.text, &mentions, doc.date);
        Ok(timeml::annotate_plain(&doc.text, &timexes, doc.date))
    }
}
