#!/usr/bin/env node
// Reference validation for the differential test: validates every line of an NDJSON file
// ({"family": ..., "payload": ..., "faultPath": ...}) with ajv v8 + ajv-formats against the
// schemas exported by Eventsmith (<dir>/<family>.schema.json), and prints one JSON line per
// payload: {"line": n, "valid": bool, "paths": ["/to/0/email", ...]}.
//
// Paths are the instancePath of each error, except that a `required` error is reported at the
// missing property (parent + "/" + missingProperty) and an `additionalProperties` error at the
// extra property, which is where Eventsmith reports them.
//
// Usage: node ajv-validate.mjs <schemas dir> <payloads.ndjson>

import { readFileSync } from "node:fs";

import { loadValidators } from "./validators.mjs";

function escapeSegment(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

function errorPaths(errors) {
  const paths = new Set();
  for (const e of errors || []) {
    if (e.keyword === "required") {
      paths.add(`${e.instancePath}/${escapeSegment(e.params.missingProperty)}`);
    } else if (e.keyword === "additionalProperties") {
      paths.add(`${e.instancePath}/${escapeSegment(e.params.additionalProperty)}`);
    } else {
      paths.add(e.instancePath);
    }
  }
  return [...paths].sort();
}

function main() {
  const [schemasDir, ndjsonPath] = process.argv.slice(2);
  if (!schemasDir || !ndjsonPath) {
    process.stderr.write("usage: node ajv-validate.mjs <schemas dir> <payloads.ndjson>\n");
    process.exit(2);
  }
  const validators = loadValidators(schemasDir);
  const out = [];
  const lines = readFileSync(ndjsonPath, "utf8").split("\n");
  let lineNo = 0;
  for (const text of lines) {
    ++lineNo;
    if (text.trim() === "") continue;
    const record = JSON.parse(text);
    const validate = validators.get(record.family);
    if (!validate) {
      out.push(JSON.stringify({ line: lineNo, valid: false, paths: [""], error: "unknown family" }));
      continue;
    }
    const valid = validate(record.payload);
    out.push(JSON.stringify({ line: lineNo, valid, paths: valid ? [] : errorPaths(validate.errors) }));
  }
  process.stdout.write(out.join("\n") + "\n");
}

main();
