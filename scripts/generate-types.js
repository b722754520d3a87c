#!/usr/bin/env node
// Generates schema/types/*.ts from schema/*.schema.json with json-schema-to-typescript,
// schema/types/validators.ts (the schemas compiled by Ajv ahead of time: compiling them
// cost each provider process ~150 ms before its first check), and the README's
// per-property tables (description, unit, default, update class).
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

/**
 * schema/types/validators.ts: Ajv's standalone code for every kind's schema, in a
 * function that takes the formats (Paddock's own "paddock-size" is code, not a
 * pattern, so the provider passes it in). The options are the ones the provider
 * validated with when it compiled at run time: every error (allErrors), each with
 * its schema and data (verbose: the messages name a oneOf's branches and quote
 * what was given).
 */
function validatorsSource() {
  const { default: Ajv } = require("ajv/dist/2020");
  const { default: standaloneCode } = require("ajv/dist/standalone");
  const { _ } = require("ajv");
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, code: { source: true, lines: true, formats: _`formats` } });
  ajv.addFormat("paddock-size", { type: "string", validate: () => true });
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(root, "schema", "defs.schema.json"), "utf8")), "defs.schema.json");
  const refs = {};
  for (const kind of kinds) {
    const schema = JSON.parse(fs.readFileSync(path.join(root, "schema", `${kind}.schema.json`), "utf8"));
    ajv.addSchema(schema);
    refs[kind] = schema.$id;
  }
  const code = standaloneCode(ajv, refs).replace(/^"use strict";/, "").replace(/\bexports\.(\w+) = /g, "out.$1 = ");
  if (/\bexports\.|\bmodule\.exports/.test(code)) throw new Error("validators: Ajv's standalone code exports in a way this generator does not know");
  return [
    "// @ts-nocheck",
    banner,
    "/** A kind's schema validator, as Ajv compiles it: true or false, and the errors of the last false. */",
    "export interface Validate { (data: unknown): boolean; errors?: import(\"ajv\").ErrorObject[] | null }",
    `export type ValidatedKind = ${kinds.map((k) => JSON.stringify(k)).join(" | ")};`,
    "/** Every kind's validator, with the formats its schemas name that are code. */",
    "export function validators(formats: Readonly<Record<\"paddock-size\", { validate(text: string): boolean }>>): Record<ValidatedKind, Validate> {",
    "const out = {};",
    code,
    "return out;",
    "}",
    "",
  ].join("\n");
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
  const out = path.join(root, "schema", "types", "validators.ts");
  const text = validatorsSource();
  if (check) {
    if ((fs.existsSync(out) ? fs.readFileSync(out, "utf8") : "") !== text) { console.error(`${path.relative(root, out)} is stale: run npm run generate`); stale++; }
  } else fs.writeFileSync(out, text);
  process.exitCode = stale ? 1 : 0;
}

module.exports = { generate, kinds, readmeWithTables, validatorsSource };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
