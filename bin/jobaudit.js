#!/usr/bin/env node
// The CLI is one bundled module, compiled from V8's code cache when there is one (dist/cli/start.js).
import { start } from '../dist/cli/start.js';

start({ importer: (specifier) => import(specifier) });
