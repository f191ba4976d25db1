#!/usr/bin/env node
// The Node baseline of bench_validate: per NDJSON line JSON.parse + ajv (compiled from the
// schemas Eventsmith exports) + the dedup ID of spec §4 with node:crypto SHA-256.
// The timing excludes node startup, reading the file and compiling the schemas.
// Prints one JSON object: events, valid, elapsedMs, eventsPerSec, mbPerSec and a digest of
// all dedup IDs (SHA-256 of the IDs joined by "\n") so the caller can check that both sides
// computed the same IDs.
//
// Usage: node ajv-pipeline.mjs <corpus.ndjson> <schemas dir>

import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";

import { loadValidators } from "../node/validators.mjs";

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n, width) {
  return String(n).padStart(width, "0");
}

// RFC 3339 -> yyyy-MM-ddTHH:mm:ss.zzzZ in UTC, extra fraction digits truncated; raw otherwise.
function canonicalTimestamp(raw) {
  const m = RFC3339.exec(raw);
  if (!m) return raw;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const maxDay = mo === 2 && !leap ? 28 : DAYS[mo];
  if (mo < 1 || mo > 12 || d < 1 || d > maxDay || h > 23 || mi > 59 || s > 59) return raw;
  const ms = m[7] ? Number((m[7] + "00").slice(0, 3)) : 0;
  let offset = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return raw;
    offset = (m[9] === "-" ? -1 : 1) * (oh * 60 + om) * 60000;
  }
  const local = new Date(0);
  local.setUTCFullYear(y, mo - 1, d); // unlike Date.UTC, keeps years 0..99 as they are
  local.setUTCHours(h, mi, s, ms);
  const t = new Date(local.getTime() - offset);
  const year = t.getUTCFullYear();
  if (year < 0 || year > 9999) return raw;
  return `${pad(year, 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}T` +
    `${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)}.` +
    `${pad(t.getUTCMilliseconds(), 3)}Z`;
}

function str(v) {
  return typeof v === "string" ? v : "";
}

function address(v) {
  return str(v).trim().toLowerCase();
}

function first100(text) {
  let units = 0;
  for (let points = 0; points < 100 && units < text.length; ++points) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, units);
}

function firstEmail(list) {
  return Array.isArray(list) && list.length > 0 && list[0] ? address(list[0].email) : "";
}

function firstParticipant(list) {
  if (!Array.isArray(list) || list.length === 0) return "";
  const p = list[0];
  if (typeof p === "string") return p.trim().toLowerCase();
  if (p && typeof p === "object") {
    const email = address(p.email);
    return email !== "" ? email : str(p.name).trim();
  }
  return "";
}

function transcriptText(t) {
  if (typeof t === "string") return t;
  if (!Array.isArray(t)) return "";
  // Like the core, an entry that is not an object still counts, as ": ".
  return t.map((e) => (e && typeof e === "object" && !Array.isArray(e)
    ? `${str(e.speaker)}: ${str(e.text)}` : ": ")).join("\n");
}

function bodyText(body) {
  if (!body || typeof body !== "object") return "";
  const text = str(body.text);
  return text !== "" ? text : str(body.html);
}

function components(family, p) {
  const ts = canonicalTimestamp(str(p.eventTimestamp));
  switch (family) {
    case "emails":
      return [address(p.from && p.from.email), str(p.subject), ts, firstEmail(p.to)];
    case "calls":
      return [str(p.title), ts, firstParticipant(p.participants),
        first100(transcriptText(p.transcript))];
    case "crm":
      return [str(p.opportunityId), str(p.eventType)];
    case "social":
      return [address(p.from && p.from.email), ts, firstEmail(p.to), first100(bodyText(p.body))];
    default:
      return [];
  }
}

function dedupId(family, payload) {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return "";
  if (family !== "crm" && typeof payload.eventId === "string" && payload.eventId !== "") {
    return payload.eventId;
  }
  const text = [family, ...components(family, payload)].join("\u001f");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function run(buffer, validators) {
  let events = 0;
  let valid = 0;
  const ids = [];
  let start = 0;
  while (start < buffer.length) {
    let end = buffer.indexOf(10, start);
    if (end < 0) end = buffer.length;
    if (end > start) {
      const record = JSON.parse(buffer.toString("utf8", start, end));
      const validate = validators.get(record.family);
      if (validate && validate(record.payload)) ++valid;
      ids.push(dedupId(record.family, record.payload));
      ++events;
    }
    start = end + 1;
  }
  return { events, valid, ids };
}

function main() {
  const [corpusPath, schemasDir] = process.argv.slice(2);
  if (!corpusPath || !schemasDir) {
    process.stderr.write("usage: node ajv-pipeline.mjs <corpus.ndjson> <schemas dir>\n");
    process.exit(2);
  }
  const validators = loadValidators(schemasDir);
  const buffer = readFileSync(corpusPath);
  const t0 = process.hrtime.bigint();
  const { events, valid, ids } = run(buffer, validators);
  const elapsedMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const digest = createHash("sha256").update(ids.join("\n"), "utf8").digest("hex");
  process.stdout.write(JSON.stringify({
    events,
    valid,
    bytes: buffer.length,
    elapsedMs,
    eventsPerSec: events / (elapsedMs / 1000),
    mbPerSec: buffer.length / 1e6 / (elapsedMs / 1000),
    digest,
  }) + "\n");
}

main();
