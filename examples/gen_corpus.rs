//! Generates a benchmark corpus: `cargo run --release --example gen_corpus --
//! DIR MEGABYTES [FILE_KB]`.
//!
//! The text is news-like: sentences of the seed articles in `corpus/`, with
//! their numbers and years varied, mixed with sentences that hold no claim,
//! cut into files of about FILE_KB kilobytes (default 64). A fixed seed makes
//! the corpus the same on every machine.

use std::fs;
use std::path::PathBuf;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FILLER: &[&str] = &[
    "The minister said the talks had been constructive and that both sides would meet again.",
    "Analysts in the region expect the government to announce further measures in the coming weeks.",
    "Officials declined to comment on the report, citing the sensitivity of the negotiations.",
    "The opposition accused the ruling party of ignoring the concerns of ordinary citizens.",
    "Markets reacted calmly to the news, with the currency trading in a narrow range.",
    "Residents of the border villages said they hoped the agreement would bring lasting calm.",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gen_corpus DIR MEGABYTES [FILE_KB]");
        std::process::exit(2);
    }
    let dir = PathBuf::from(&args[1]);
    let total: usize = args[2].parse::<usize>().expect("MEGABYTES") << 20;
    let file_size: usize = args.get(3).map_or(64, |s| s.parse().expect("FILE_KB")) << 10;
    let mut sentences: Vec<String> = Vec::new();
    let mut seeds: Vec<_> = fs::read_dir("corpus")
        .expect("run from the repository root")
        .flatten()
        .collect();
    seeds.sort_by_key(|e| e.path());
    for e in seeds {
        let text = fs::read_to_string(e.path()).expect("seed article");
        for line in text.lines() {
            for s in line.split_inclusive(". ") {
                let s = s.trim();
                if s.len() > 30 {
                    sentences.push(s.to_string());
                }
            }
        }
    }
    sentences.extend(FILLER.iter().map(|s| s.to_string()));
    fs::create_dir_all(&dir).expect("create DIR");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut written, mut n) = (0, 0);
    while written < total {
        let mut doc = format!("Report {n}\n\nApril {}, 2024\n\n", 1 + rng.below(28));
        while doc.len() < file_size {
            let s = &sentences[rng.below(sentences.len())];
            // vary the digits so the corpus is not one text repeated
            let varied: String = s
                .chars()
                .map(|c| {
                    if c.is_ascii_digit() && rng.below(4) == 0 {
                        char::from(b'0' + rng.below(10) as u8)
                    } else {
                        c
                    }
                })
                .collect();
            doc.push_str(&varied);
            doc.push(if rng.below(5) == 0 { '\n' } else { ' ' });
        }
        doc.push('\n');
        written += doc.len();
        fs::write(dir.join(format!("article-{n:06}.txt")), doc).expect("write");
        n += 1;
    }
    println!(
        "{n} files, {:.1} MB in {}",
        written as f64 / 1048576.0,
        dir.display()
    );
}
