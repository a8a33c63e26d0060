#!/usr/bin/env node
// The CLI is compiled by `npm run build` (run by `npm install` through `prepare`).
import '../dist/api/cli/main.js';
