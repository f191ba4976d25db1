// The ajv validators both Node scripts compare Eventsmith with (the differential test's
// ajv-validate.mjs and the benchmark's ajv-pipeline.mjs): ajv v8 + ajv-formats, compiled from
// the schemas Eventsmith exports (<dir>/<family>.schema.json), keyed by family.
// ajv is resolved from this folder's package.json, wherever the importing script lives.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;

export function loadValidators(schemasDir) {
  const validators = new Map();
  for (const name of readdirSync(schemasDir)) {
    const match = /^(.+)\.schema\.json$/.exec(name);
    if (!match) continue;
    // One Ajv per family: the exported documents may share an $id base.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(join(schemasDir, name), "utf8"));
    validators.set(match[1], ajv.compile(schema));
  }
  return validators;
}
