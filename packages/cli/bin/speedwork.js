#!/usr/bin/env node
// The installed `speedwork` command. A committed, executable launcher: tsc writes dist/bin.js without the
// executable bit, and on a fresh clone npm links bins before `prepare` builds dist, so the bin cannot point
// at dist/bin.js directly.
import '../dist/bin.js';
