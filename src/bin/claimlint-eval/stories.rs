//! `stories`: each pack's rules against the other packs' articles.
//!
//! A newsroom keeps a rule file a story and checks every draft against all
//! of them. An article about one story must draw nothing from another
//! story's file: every `fact-mismatch` or `inconsistent` finding that a
//! pack's rules make on another pack's articles is a false alarm, unless
//! the two stories overlap (two packs on the same event, or a pack of
//! anniversaries that covers another's event), which the counts per pair
//! let a reader tell apart.

use claimlint::checks::Severity;
use std::path::{Path, PathBuf};

/// A pack: its name, its rule file, its articles.
struct Pack {
    name: String,
    rules: PathBuf,
    articles: PathBuf,
}

/// The packs under `dir`: each `NAME/` holding `NAME.yaml` and `articles/`.
fn packs(dir: &Path) -> Result<Vec<Pack>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut out: Vec<Pack> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            let rules = p.join(format!("{name}.yaml"));
            let articles = p.join("articles");
            (rules.is_file() && articles.is_dir()).then_some(Pack {
                name,
                rules,
                articles,
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    if out.len() < 2 {
        return Err(format!(
            "{}: fewer than two packs (NAME/NAME.yaml with NAME/articles/)",
            dir.display()
        ));
    }
    Ok(out)
}

/// Runs the evaluation: prints the pairs with findings, most first, and
/// the totals by severity. Exit code 1 when the errors exceed `max_errors`.
pub fn run(dir: &Path, show: Option<usize>, max_errors: Option<usize>) -> Result<u8, String> {
    let packs = packs(dir)?;
    // each pack's articles, read once
    let mut documents: Vec<Vec<claimlint::document::Document>> = Vec::new();
    for p in &packs {
        let mut docs = Vec::new();
        let (files, errors) = claimlint::input::expand(std::slice::from_ref(&p.articles));
        if let Some(e) = errors.first() {
            return Err(format!("{}: {}", e.path, e.error));
        }
        for f in files {
            let shown = claimlint::input::display(&f);
            let doc = claimlint::input::read(&f, &shown, None)
                .map_err(|e| format!("{}: {}", e.path, e.error))?;
            docs.push(doc);
        }
        documents.push(docs);
    }
    // (pair, errors, warnings, advice), for the pairs with findings
    let mut pairs: Vec<(String, [usize; 3])> = Vec::new();
    let mut totals = [0usize; 3];
    for (k, p) in packs.iter().enumerate() {
        let text = std::fs::read_to_string(&p.rules)
            .map_err(|e| format!("cannot read {}: {e}", p.rules.display()))?;
        let rules = claimlint::rules::load(&[(p.rules.display().to_string(), text)])
            .map_err(|e| format!("{}: {e}", p.rules.display()))?;
        for (j, q) in packs.iter().enumerate().filter(|&(j, _)| j != k) {
            let report = claimlint::check(documents[j].clone(), &rules);
            let mut counts = [0usize; 3];
            for f in report
                .findings
                .iter()
                .filter(|f| matches!(f.code, "fact-mismatch" | "inconsistent"))
            {
                let at = match f.severity {
                    Severity::Error => 0,
                    Severity::Warning => 1,
                    Severity::Advice => 2,
                };
                counts[at] += 1;
                totals[at] += 1;
            }
            if counts.iter().any(|&c| c > 0) {
                pairs.push((format!("{} on {}", p.name, q.name), counts));
            }
        }
    }
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let n: usize = documents.iter().map(Vec::len).sum();
    println!(
        "{} packs, {n} articles: each pack's rules on the other packs' articles",
        packs.len()
    );
    for (pair, [e, w, a]) in pairs.iter().take(show.unwrap_or(10)) {
        println!("  {pair}: {e} errors, {w} warnings, {a} advice");
    }
    println!(
        "{} pairs with findings; fact-mismatch and inconsistent findings: {} errors, {} warnings, {} advice",
        pairs.len(),
        totals[0],
        totals[1],
        totals[2]
    );
    Ok(match max_errors {
        Some(max) if totals[0] > max => {
            println!("errors {} above the maximum {max}", totals[0]);
            1
        }
        _ => 0,
    })
}
