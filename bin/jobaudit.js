#!/usr/bin/env node
// The CLI, bundled into one module at build time (one file to load: a faster start than ~70 small modules).
import '../dist/cli/main.bundle.js';
