// Validates JSON documents against the repository's schemas with Ajv (draft 2020-12), a validator
// independent of the library's own. Each document names its kind; the kind picks the schema.
// Usage: node check.mjs [file ...]   (no files: every framework and assessment under seeds/)
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const schemaFor = {
  "tipassessment.framework": "framework.schema.json",
  "tipassessment.assessment": "assessment.schema.json",
  "tipassessment.analysis": "analysis.schema.json",
};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = process.argv.length > 2
  ? process.argv.slice(2).map((f) => resolve(f))
  : walk(join(root, "seeds")).filter((f) => f.endsWith(".json")).sort();

// Ajv's default strict mode: unknown keywords and formats are errors (its optional lint
// "strictRequired" is not a rule of the specification and stays off).
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validators = new Map();
function validatorFor(kind) {
  const file = schemaFor[kind];
  if (!file) return null;
  if (!validators.has(file)) {
    const schema = JSON.parse(readFileSync(join(root, "schemas", file), "utf8"));
    validators.set(file, ajv.compile(schema));
  }
  return validators.get(file);
}

let failed = 0;
for (const file of files) {
  const doc = JSON.parse(readFileSync(file, "utf8"));
  const validate = validatorFor(doc.kind);
  if (!validate) {
    console.log(`FAIL ${file}: unknown kind ${JSON.stringify(doc.kind)}`);
    failed++;
    continue;
  }
  if (validate(doc)) {
    console.log(`ok   ${file.slice(root.length + 1)} (${doc.kind})`);
  } else {
    failed++;
    console.log(`FAIL ${file.slice(root.length + 1)} (${doc.kind})`);
    for (const e of validate.errors.slice(0, 20)) console.log(`     ${e.instancePath || "/"} ${e.message}`);
  }
}
console.log(`${files.length - failed} of ${files.length} documents valid (Ajv, draft 2020-12)`);
process.exit(failed === 0 ? 0 : 1);
