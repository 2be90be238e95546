#!/usr/bin/env node
// Runs Microsoft Recognizers-Text (recognizeDateTime and recognizeNumber,
// culture en-us) over a text file, paragraph by paragraph (one non-empty line
// at a time), and prints how many results each found.
//
//     NODE_PATH=DIR/node_modules node bench/compare-recognizers.js FILE [--bytes N]
//
// `--bytes N` keeps only the first N bytes (cut back to the last line break):
// the library is slow enough that bench/compare.sh runs it on a slice and
// scales. The reference date is fixed (2024-04-11) so runs are repeatable.
'use strict';
const { performance } = require('perf_hooks');
const fs = require('fs');
const Recognizers = require('@microsoft/recognizers-text-suite');

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--bytes');
if (!file) {
  console.error('usage: compare-recognizers.js FILE [--bytes N]');
  process.exit(2);
}
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
const culture = Recognizers.Culture.English; // "en-us"

// Warm-up on one short sentence (its results are not counted): the libraries
// build their patterns on first use, and timing this apart from the loop below
// separates start-up from extraction. performance.now() counts from the start
// of the process, so startup_ms includes starting node and loading the module.
Recognizers.recognizeDateTime('The talks resumed on April 2, 2024.', culture, Recognizers.DateTimeOptions.None, ref);
Recognizers.recognizeNumber('Some 42 people came.', culture);
const startupMs = performance.now();

let dates = 0;
let numbers = 0;
let paragraphs = 0;
for (const p of text.split('\n')) {
  if (p.trim() === '') continue;
  paragraphs++;
  dates += Recognizers.recognizeDateTime(p, culture, Recognizers.DateTimeOptions.None, ref).length;
  numbers += Recognizers.recognizeNumber(p, culture).length;
}
const extractMs = performance.now() - startupMs;
console.log(JSON.stringify({
  tool: 'recognizers-text', bytes: buf.length, paragraphs, results: dates + numbers, datetime: dates, number: numbers,
  startup_ms: Math.round(startupMs), extract_ms: Math.round(extractMs),
}));
