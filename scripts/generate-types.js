#!/usr/bin/env node
// Generates schema/types/*.ts from schema/*.schema.json with json-schema-to-typescript,
// and the README's per-property tables (description, unit, default, update class).
// The output is committed and never edited by hand: a unit test regenerates it
// in memory and fails when it differs. `--check` does the same from the shell.
"use strict";
const fs = require("fs");
const path = require("path");
const { compile } = require("json-schema-to-typescript");

const root = path.resolve(__dirname, "..");
const kinds = ["container", "network", "volume", "jail", "zone"];
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

/** The README's property table for a kind, generated from the schema like the types. */
function propertyTable(kind) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, "schema", `${kind}.schema.json`), "utf8"));
  const rows = ["| property | what it is | unit | default | on change |", "|---|---|---|---|---|"];
  for (const [name, def] of Object.entries(schema.properties)) {
    const required = (schema.required || []).includes(name);
    // A default that is worked out ("<the Pulumi resource name>") is said in words; one that names
    // parts ("<stateRoot>/zones/<name>") is shown as a pattern; anything else is the literal value.
    const text = typeof def.default === "string" ? def.default : undefined;
    const worded = text !== undefined && /^<[^<>]*>$/.test(text);
    const pattern = text !== undefined && !worded && text.includes("<");
    const dflt = required ? "required" : def.default === undefined ? "" : worded ? `_${text.slice(1, -1)}_` : pattern ? "`" + text + "`" : "`" + JSON.stringify(def.default) + "`";
    const cell = (t) => String(t).replace(/\|/g, "\\|").replace(/\n/g, " ");
    const update = { none: "none (read at create only)", host: "a new host or port: move (a unit or Volume, with its data) or replace (Network); else recorded only" }[def["x-paddock-update"]] ?? def["x-paddock-update"];
    rows.push(`| \`${name}\` | ${cell(def.description)} | ${def["x-paddock-unit"]} | ${dflt} | ${update} |`);
  }
  return rows.join("\n");
}

/** README.md with each kind's table regenerated between its markers. */
function readmeWithTables(readme) {
  let out = readme;
  for (const kind of kinds) {
    const begin = `<!-- BEGIN generated ${kind} properties -->`;
    const end = `<!-- END generated ${kind} properties -->`;
    const i = out.indexOf(begin);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`README.md: markers for ${kind} properties are missing`);
    out = `${out.slice(0, i + begin.length)}\n${propertyTable(kind)}\n${out.slice(j)}`;
  }
  return out;
}

async function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  const readmePath = path.join(root, "README.md");
  const readme = fs.readFileSync(readmePath, "utf8");
  const wanted = readmeWithTables(readme);
  if (check && wanted !== readme) { console.error("README.md property tables are stale: run npm run generate"); stale++; }
  if (!check) fs.writeFileSync(readmePath, wanted);
  for (const kind of kinds) {
    const out = path.join(root, "schema", "types", `${kind}.ts`);
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

module.exports = { generate, kinds, readmeWithTables };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
