#!/usr/bin/env node
// Runs chrono-node over a text file and prints how many results it found.
//
//     NODE_PATH=DIR/node_modules node bench/compare-chrono.js FILE [--whole] [--bytes N]
//
// By default the text is parsed paragraph by paragraph (one non-empty line at
// a time). chrono.parse over a whole multi-megabyte string is super-linear in
// the length of the string (see bench/README.md), so per-paragraph is the fair,
// and the usual, way to run it on a large text. `--whole` parses the text in
// one call, to reproduce that measurement; `--bytes N` keeps only the first N
// bytes (cut back to the last line break).
//
// The reference date is fixed (2024-04-11, the first dateline of the generated
// corpus) so runs are repeatable; it does not change what chrono finds.
'use strict';
const { performance } = require('perf_hooks');
const fs = require('fs');
const chrono = require('chrono-node');

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--bytes');
if (!file) {
  console.error('usage: compare-chrono.js FILE [--whole] [--bytes N]');
  process.exit(2);
}
const whole = args.includes('--whole');
const bytesAt = args.indexOf('--bytes');
let buf = fs.readFileSync(file);
if (bytesAt >= 0) {
  const n = Number(args[bytesAt + 1]);
  if (n < buf.length) {
    const cut = buf.lastIndexOf(0x0a, n);
    buf = buf.subarray(0, cut > 0 ? cut + 1 : n);
  }
}
const text = buf.toString('utf8');
const ref = new Date(Date.UTC(2024, 3, 11, 12));

// Warm-up on one short sentence (its results are not counted): the libraries
// build their patterns on first use, and timing this apart from the loop below
// separates start-up from extraction. performance.now() counts from the start
// of the process, so startup_ms includes starting node and loading the module.
chrono.parse('The talks resumed on April 2, 2024.', ref);
const startupMs = performance.now();

let results = 0;
let paragraphs = 0;
if (whole) {
  results = chrono.parse(text, ref).length;
  paragraphs = 1;
} else {
  for (const p of text.split('\n')) {
    if (p.trim() === '') continue;
    paragraphs++;
    results += chrono.parse(p, ref).length;
  }
}
const extractMs = performance.now() - startupMs;
console.log(JSON.stringify({
  tool: 'chrono-node', bytes: buf.length, paragraphs, results,
  startup_ms: Math.round(startupMs), extract_ms: Math.round(extractMs),
}));
