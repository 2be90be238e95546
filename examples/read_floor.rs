//! The floor under `claimlint check` on a corpus: `cargo run --release
//! --example read_floor -- PATH...`.
//!
//! Finds the files `check` would (the same walk, [`claimlint::input::expand`])
//! and reads each one as `check` does ([`claimlint::input::read_bytes`]), on
//! one thread, and does nothing else with them. Then it prints the bytes read
//! and how fast they were read.
//!
//! Why: on a corpus of many small files much of a run is the system's
//! opening and reading them. No checker can go faster on one core than this
//! does, so `bench/check-throughput.sh` prints it beside the check's own
//! figure: the gap between the two is what the analysis costs.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: read_floor PATH...");
        std::process::exit(2);
    }
    let start = Instant::now();
    let (files, errors) = claimlint::input::expand(&paths);
    let mut bytes = 0usize;
    let mut unread = errors.len();
    for f in &files {
        match claimlint::input::read_bytes(f) {
            // the length only: the bytes are dropped as `check` drops them
            Ok(b) => bytes += std::hint::black_box(b).len(),
            Err(_) => unread += 1,
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} files, {:.1} MB, read in {secs:.2} s: {:.1} MB/s ({unread} unreadable)",
        files.len(),
        bytes as f64 / 1048576.0,
        bytes as f64 / 1048576.0 / secs
    );
}
