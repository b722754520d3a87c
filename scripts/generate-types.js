#!/usr/bin/env node
// Generates sdk/types/*.ts from schema/*.schema.json with json-schema-to-typescript.
// The output is committed and never edited by hand: a unit test regenerates it
// in memory and fails when it differs. `--check` does the same from the shell.
"use strict";
const fs = require("fs");
const path = require("path");
const { compile } = require("json-schema-to-typescript");

const root = path.resolve(__dirname, "..");
const kinds = ["container"];
const banner = "/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */";

async function generate(kind) {
  const file = path.join(root, "schema", `${kind}.schema.json`);
  const schema = JSON.parse(fs.readFileSync(file, "utf8"));
  return compile(schema, schema.title, {
    bannerComment: banner,
    cwd: path.join(root, "schema"),
    additionalProperties: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    style: { printWidth: 100 },
  });
}

async function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const kind of kinds) {
    const out = path.join(root, "sdk", "types", `${kind}.ts`);
    const text = await generate(kind);
    if (check) {
      const current = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : "";
      if (current !== text) { console.error(`${path.relative(root, out)} is stale: run npm run generate`); stale++; }
    } else {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

module.exports = { generate, kinds };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
