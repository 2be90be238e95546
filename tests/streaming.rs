//! `check_streaming`: what a sink is handed, and a file that changes
//! between the run's two readings of it.

use claimlint::document::LoadError;
use claimlint::{Batch, DocInfo, Input, Sink};
use std::path::PathBuf;

/// A fresh directory under the system's temporary directory, removed when
/// dropped.
struct TempDir(PathBuf);

/// A streamed check keeping about `keep` bytes of findings between passes.
fn stream(keep: usize) -> claimlint::Streaming<'static> {
    claimlint::Streaming {
        keep,
        ..Default::default()
    }
}

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "claimlint-streaming-{tag}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("create temporary directory");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const A: &str = "Peacekeepers leave Karabakh\n\nApril 18, 2024\n\nRussia deployed its \
                 peacekeepers in Nagorno-Karabakh on 8 November 2020, after the ceasefire.\n";
const B: &str = "The end of a mission\n\nApril 20, 2024\n\nRussia deployed its \
                 peacekeepers in Nagorno-Karabakh on 13 November 2020, after the ceasefire.\n";

/// A `wrong-name`, and no claim.
const C: &str = "Armenia steps back from its alliance\n\nApril 18, 2024\n\nArmenia has frozen \
                 its participation in the Joint Security Treaty Organization.\n";

/// Records what it is handed; when `rewrite` is set, rewrites those files
/// once it has the list of documents, that is between the two passes.
#[derive(Default)]
struct Record {
    rewrite: Vec<PathBuf>,
    documents: Vec<String>,
    /// (index, codes of the findings, paths their evidence is in)
    batches: Vec<(usize, Vec<&'static str>, Vec<String>)>,
}

impl Sink for Record {
    fn documents(&mut self, docs: &[DocInfo]) {
        self.documents = docs.iter().map(|d| d.path.to_string()).collect();
        for p in &self.rewrite {
            std::fs::write(p, "Rewritten while the run was going.\n").expect("rewrite");
        }
    }

    fn findings(&mut self, batch: Batch<'_>) {
        let codes = batch.findings.iter().map(|f| f.code).collect();
        let cited = batch
            .findings
            .iter()
            .flat_map(|f| &f.related)
            .filter_map(|r| match r.place {
                claimlint::checks::Place::Document(d) => Some(batch.docs.doc(d).path.clone()),
                claimlint::checks::Place::Rules(_) => None,
            })
            .collect();
        self.batches.push((batch.index, codes, cited));
    }
}

fn inputs(dir: &TempDir) -> (Vec<Input>, PathBuf, PathBuf) {
    let a = dir.0.join("a.txt");
    let b = dir.0.join("b.txt");
    std::fs::write(&a, A).expect("write a.txt");
    std::fs::write(&b, B).expect("write b.txt");
    (vec![Input::File(b.clone()), Input::File(a.clone())], a, b)
}

/// Only documents with findings are handed over, in path order, with the
/// documents their evidence is in.
#[test]
fn documents_with_findings_are_handed_over_in_path_order() {
    let dir = TempDir::new("order");
    let (inputs, a, b) = inputs(&dir);
    let rules = claimlint::rules::bundled();
    let mut sink = Record::default();
    let errors = claimlint::check_streaming(inputs, None, &rules, &mut sink);
    assert!(errors.is_empty(), "{errors:?}");
    let a = claimlint::input::display(&a);
    let b = claimlint::input::display(&b);
    assert_eq!(sink.documents, [a.clone(), b]);
    // a.txt is only evidence: no batch of its own
    assert_eq!(sink.batches, [(1, vec!["inconsistent"], vec![a])]);
}

/// Guards the second reading: a file that reads differently then is an
/// input error, and neither its findings nor those citing it as evidence
/// are handed over (their spans would point into the old text). b.txt has
/// only findings of the whole-run checks, so it is read again whatever the
/// first pass keeps; so is c.txt, which has its own: analysed again when
/// nothing is stored, read again as text to show them when they are.
#[test]
fn a_file_changed_between_the_passes_is_an_error_not_a_finding() {
    let store = claimlint::STORE_BYTES;
    for (changed, keep) in [("a", 0), ("b", 0), ("c", 0), ("a", store), ("c", store)] {
        let dir = TempDir::new(changed);
        let (mut inputs, a, b) = inputs(&dir);
        let c = dir.0.join("c.txt");
        // only a finding of its own
        std::fs::write(&c, C).expect("write c.txt");
        inputs.push(Input::File(c.clone()));
        let rules = claimlint::rules::bundled();
        let path = match changed {
            "a" => a,
            "b" => b,
            _ => c,
        };
        let mut sink = Record {
            rewrite: vec![path.clone()],
            ..Record::default()
        };
        let errors = claimlint::check_streaming_with(inputs, None, &rules, stream(keep), &mut sink);
        assert_eq!(sink.documents.len(), 3, "{changed}");
        let handed: Vec<usize> = sink.batches.iter().map(|b| b.0).collect();
        // a.txt only cited; b.txt and c.txt handed over unless changed
        let expected: &[usize] = match changed {
            "a" => &[2],
            "b" => &[2],
            _ => &[1],
        };
        assert_eq!(handed, expected, "{changed}, keeping {keep}");
        assert_eq!(errors.len(), 1, "{changed}: {errors:?}");
        assert_eq!(errors[0].path, claimlint::input::display(&path));
        assert_eq!(errors[0].error, LoadError::Changed);
        assert_eq!(
            errors[0].error.to_string(),
            "changed while it was being checked; not reported"
        );
    }
}

/// The fingerprint tells a rewritten file from the same text read again.
#[test]
fn reread_compares_the_fingerprint() {
    let dir = TempDir::new("reread");
    let p = dir.0.join("x.txt");
    std::fs::write(&p, A).expect("write");
    let first = claimlint::Fingerprint::of(A);
    assert!(claimlint::reread(&p, "x.txt", None, first).is_ok());
    // same length, one letter changed
    std::fs::write(&p, A.replace("leave", "Leave")).expect("rewrite");
    let e = claimlint::reread(&p, "x.txt", None, first).unwrap_err();
    assert_eq!(e.error, LoadError::Changed);
}

/// Guards the choice of documents for the second pass, which passes over
/// those with nothing to show before it makes its chunks: documents side by
/// side, each with findings of the whole-run checks, each get theirs, as
/// a collecting run finds them. (Choosing the next document once dropped
/// the findings of the one before.)
#[test]
fn neighbouring_documents_each_get_their_cross_document_findings() {
    let dir = TempDir::new("neighbours");
    // three dates for one deployment, one file each, and a file with no
    // finding between them
    let mut inputs = Vec::new();
    for (k, text) in [
        A.to_string(),
        B.to_string(),
        "Nothing here\n\nApril 19, 2024\n\nThe weather was mild.\n".to_string(),
        A.replace("8 November 2020", "20 November 2020"),
        C.to_string(),
    ]
    .into_iter()
    .enumerate()
    {
        let p = dir.0.join(format!("{k}.txt"));
        std::fs::write(&p, text).expect("write");
        inputs.push(p);
    }
    let rules = claimlint::rules::bundled();
    let file_inputs = || inputs.iter().cloned().map(Input::File).collect::<Vec<_>>();
    let (report, errors) = claimlint::check_inputs(file_inputs(), None, &rules);
    assert!(errors.is_empty(), "{errors:?}");
    let mut expected: Vec<(usize, Vec<&'static str>)> = Vec::new();
    for f in &report.findings {
        match expected.last_mut() {
            Some((d, codes)) if *d == f.doc => codes.push(f.code),
            _ => expected.push((f.doc, vec![f.code])),
        }
    }
    // more than one neighbour with findings of the whole-run checks
    let inconsistent = expected
        .iter()
        .filter(|(_, codes)| codes.contains(&"inconsistent"))
        .count();
    assert!(inconsistent >= 2, "{expected:?}");
    for keep in [0, claimlint::STORE_BYTES] {
        let mut sink = Record::default();
        let errors =
            claimlint::check_streaming_with(file_inputs(), None, &rules, stream(keep), &mut sink);
        assert!(errors.is_empty(), "{errors:?}");
        let handed: Vec<(usize, Vec<&'static str>)> = sink
            .batches
            .into_iter()
            .map(|(d, codes, _)| (d, codes))
            .collect();
        assert_eq!(handed, expected, "keeping {keep}");
    }
}

/// `map_streaming` with `threads` workers: the paths handed over, in order,
/// and the errors.
fn map_paths(inputs: Vec<Input>, threads: usize) -> (Vec<String>, Vec<String>) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    pool.install(|| {
        let mut seen = Vec::new();
        let each = |d: claimlint::document::Document| {
            format!("{} {}", d.path, claimlint::mentions(&d).len())
        };
        let errors = claimlint::map_streaming(inputs, None, &each, &mut |s| seen.push(s));
        (seen, errors.into_iter().map(|e| e.path).collect())
    })
}

#[test]
fn map_streaming_hands_documents_over_in_path_order_whatever_the_threads() {
    let dir = TempDir::new("map");
    // more files than a worker takes at a time, given in reverse order, one
    // of them not UTF-8 and one missing
    let mut inputs = Vec::new();
    for k in (0..150).rev() {
        let p = dir.0.join(format!("{k:03}.txt"));
        let text = [A, B, C][k % 3].repeat(1 + k % 7);
        std::fs::write(&p, text).expect("write");
        inputs.push(Input::File(p));
    }
    let bad = dir.0.join("bad.txt");
    std::fs::write(&bad, b"\xff\xfe not text").expect("write");
    inputs.push(Input::File(bad));
    inputs.push(Input::File(dir.0.join("missing.txt")));
    let again = |inputs: &[Input]| -> Vec<Input> {
        inputs
            .iter()
            .map(|i| match i {
                Input::File(p) => Input::File(p.clone()),
                Input::Document(_) => unreachable!("files only"),
            })
            .collect()
    };
    let (one, one_errors) = map_paths(again(&inputs), 1);
    assert_eq!(one.len(), 150);
    let paths: Vec<&str> = one.iter().map(|s| s.split(' ').next().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "handed over in path order");
    // the mentions were found: every seed sentence has a date
    assert!(one.iter().all(|s| !s.ends_with(" 0")), "{one:?}");
    assert_eq!(one_errors.len(), 2, "{one_errors:?}");
    for threads in [2, 3, 8] {
        assert_eq!(
            map_paths(again(&inputs), threads),
            (one.clone(), one_errors.clone())
        );
    }
}
