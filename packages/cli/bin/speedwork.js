#!/usr/bin/env node
// The installed `speedwork` command. A committed, executable launcher: tsc writes dist/bin.js without the
// executable bit, and on a fresh clone npm links bins before `prepare` builds dist, so the bin cannot point
// at dist/bin.js directly. It runs the bundle the build makes from dist/bin.js: one file to load instead of
// some eighty modules, which is most of a short command's time (bench/plan.bench.js).
import '../dist/bundle/bin.js';
