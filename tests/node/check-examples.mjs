// Cross-checks the event schemas and the payload corpora with ajv (an independent validator):
//   node check-examples.mjs            schemas: keyword subset, annotations, root examples
//   node check-examples.mjs --corpus   also tests/data/invalid and tests/data/warnings
// Exit code 1 on any problem. ajv cannot see Eventsmith's x- rules (warnings, custom codes),
// so the corpus check is: invalid payloads fail ajv at every expected path; warning payloads
// pass ajv.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const families = ["emails", "calls", "crm", "social"];
const problems = [];
const problem = (msg) => problems.push(msg);

const enforced = new Set(["type", "properties", "required", "additionalProperties",
    "minProperties", "maxProperties", "items", "minItems", "maxItems", "minLength", "maxLength",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum", "const", "allOf",
    "anyOf", "oneOf", "not", "format", "$ref", "definitions"]);
const annotations = new Set(["$schema", "$id", "$comment", "title", "description", "default",
    "examples", "readOnly", "writeOnly"]);
const xKeywords = new Set(["x-family", "x-assumption", "x-help", "x-widget", "x-suggestions",
    "x-processed-for-analytics", "x-unknown-properties", "x-findings", "x-errors"]);
const widgets = new Set(["text", "multiline", "datetime", "date", "recipient", "recipients",
    "participants", "body", "transcript", "keyvalue", "number", "url", "enum"]);
const formats = new Set(["date-time", "date", "email", "uri"]);

function lintNode(node, where, isField) {
    if (typeof node === "boolean")
        return;
    for (const key of Object.keys(node)) {
        if (!enforced.has(key) && !annotations.has(key) && !xKeywords.has(key))
            problem(`${where}: keyword ${key} is not supported`);
    }
    if (node.format && !formats.has(node.format))
        problem(`${where}: format ${node.format} is not supported`);
    if (node["x-widget"] && !widgets.has(node["x-widget"]))
        problem(`${where}: unknown x-widget ${node["x-widget"]}`);
    // isField: true for a field, false for a plain subschema, null inside a combinator branch
    // (whose properties only add rules to fields described elsewhere).
    if (isField && (!node.title || !node.description))
        problem(`${where}: a field needs a title and a description`);
    for (const [name, sub] of Object.entries(node.properties ?? {}))
        lintNode(sub, `${where}/properties/${name}`, isField !== null);
    for (const [name, sub] of Object.entries(node.definitions ?? {}))
        lintNode(sub, `${where}/definitions/${name}`, true);
    for (const key of ["allOf", "anyOf", "oneOf"])
        (node[key] ?? []).forEach((sub, i) => lintNode(sub, `${where}/${key}/${i}`, null));
    for (const key of ["items", "not", "additionalProperties"])
        if (node[key] !== undefined && typeof node[key] === "object")
            lintNode(node[key], `${where}/${key}`, false);
}

function resolve(schema, node) {
    return node && node.$ref ? resolve(schema, schema.definitions[node.$ref.split("/").pop()])
                             : node;
}

// The warnings the examples must not raise: unknown fields, future timestamps, empty subjects,
// a crm eventId.
function lintExample(schema, node, value, where) {
    node = resolve(schema, node);
    if (!node || value === null || typeof value !== "object")
        return;
    if (Array.isArray(value)) {
        const items = node.items ?? (node.oneOf ?? []).find((b) => b.type === "array")?.items;
        value.forEach((v, i) => lintExample(schema, items, v, `${where}/${i}`));
        return;
    }
    if (!node.properties)
        return;
    for (const [key, v] of Object.entries(value)) {
        const sub = node.properties[key];
        if (!sub)
            problem(`${where}/${key}: unknown field in an example`);
        for (const rule of resolve(schema, sub)?.["x-findings"] ?? []) {
            if (rule.severity !== "warning")
                continue;
            if (rule.when === "present" || (rule.when === "empty" && v.length === 0)
                || (rule.when === "future" && Date.parse(v) > Date.now()))
                problem(`${where}/${key}: example raises warning ${rule.code}`);
        }
        lintExample(schema, sub, v, `${where}/${key}`);
    }
}

function checkSchema(family) {
    const file = join(root, "resources", "schemas", `${family}.schema.json`);
    const text = readFileSync(file, "utf8");
    const schema = JSON.parse(text);
    if (text !== JSON.stringify(schema, null, 2) + "\n")
        problem(`${family}: not pretty-printed with a 2-space indent`);
    if (schema["x-family"] !== family)
        problem(`${family}: x-family is ${schema["x-family"]}`);
    lintNode(schema, family, false);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const subTypes = schema.properties.eventType.enum;
    if (schema.examples.length !== subTypes.length)
        problem(`${family}: ${schema.examples.length} examples for ${subTypes.length} sub-types`);
    schema.examples.forEach((example, i) => {
        if (example.eventType !== subTypes[i])
            problem(`${family}: example ${i} is ${example.eventType}, expected ${subTypes[i]}`);
        if (!validate(example))
            problem(`${family}: example ${i}: ${ajv.errorsText(validate.errors)}`);
        lintExample(schema, schema, example, `${family}/examples/${i}`);
    });
    return validate;
}

const ajvCodes = { minItems: "min-items", maxItems: "max-items", minLength: "min-length",
    maxLength: "max-length", exclusiveMinimum: "exclusive-minimum",
    exclusiveMaximum: "exclusive-maximum", anyOf: "any-of", oneOf: "one-of", allOf: "all-of",
    additionalProperties: "additional-property" };

// ajv's errors as "path code", in the codes Eventsmith's validator uses. A custom x-errors
// code stands for its combinator, so "/body any-of" also matches "/body body-text-or-html".
function ajvFindings(errors) {
    return (errors ?? []).map((e) => {
        if (e.keyword === "required")
            return `${e.instancePath}/${e.params.missingProperty} required`;
        if (e.keyword === "format")
            return `${e.instancePath} format-${e.params.format}`;
        return `${e.instancePath} ${ajvCodes[e.keyword] ?? e.keyword}`;
    });
}

const standardCodes = new Set(["required", "type", "enum", "const", "min-items", "max-items",
    "min-length", "max-length", "minimum", "maximum", "exclusive-minimum", "exclusive-maximum",
    "format-date-time", "format-date", "format-email", "format-uri", "additional-property",
    "any-of", "one-of", "all-of", "not"]);

function matches(found, error) {
    if (found.includes(`${error.path} ${error.code}`))
        return true;
    return found.some((f) => f === `${error.path} any-of` || f === `${error.path} one-of`)
        && !standardCodes.has(error.code);
}

function checkCorpus(validators, folder, expectValid) {
    const dir = join(root, "tests", "data", folder);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
    const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json");
    for (const f of files)
        if (!expected[f])
            problem(`${folder}/${f}: not in expected.json`);
    for (const [f, entry] of Object.entries(expected)) {
        if (!files.includes(f)) {
            problem(`${folder}/${f}: listed but missing`);
            continue;
        }
        const validate = validators[entry.family];
        // JSON.parse keeps the last of duplicate keys, as the server most likely does.
        const ok = validate(JSON.parse(readFileSync(join(dir, f), "utf8")));
        const found = ajvFindings(validate.errors);
        if (expectValid && !ok)
            problem(`${folder}/${f}: ajv finds errors: ${found.join(", ")}`);
        if (expectValid)
            continue;
        if (ok)
            problem(`${folder}/${f}: ajv finds no error`);
        for (const e of entry.errors)
            if (!matches(found, e))
                problem(`${folder}/${f}: ajv has no ${e.code} at ${e.path} (has ${found.join(", ")})`);
    }
    return Object.keys(expected).length;
}

const validators = Object.fromEntries(families.map((f) => [f, checkSchema(f)]));
if (process.argv.includes("--corpus")) {
    const invalid = checkCorpus(validators, "invalid", false);
    const warnings = checkCorpus(validators, "warnings", true);
    console.log(`corpus: ${invalid} invalid payloads, ${warnings} warning payloads`);
}
for (const p of problems)
    console.error(p);
console.log(problems.length ? `${problems.length} problem(s)` : "all checks passed");
process.exit(problems.length ? 1 : 0);
