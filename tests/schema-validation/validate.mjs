// Validates documents against the exported schemas with AJV 8 (draft 2020-12, ajv-formats).
// Strict mode (unknown keywords and formats are errors), except for "required" inside if/then and untyped
// subschemas, which are sound draft 2020-12 idioms that strict mode merely lints.
//
// Usage: node validate.mjs <schemas.json>, where schemas.json is an array of schemas. Then, on standard input, one case per
// line: { "schema": "<$id>", "document": <any JSON> }; on standard output, one verdict per line:
// { "valid": bool, "errors": [{ "instancePath", "keyword", "message" }] }. A long-lived process, so that property tests can ask
// thousands of questions without starting Node for each.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv);
for (const schema of JSON.parse(readFileSync(process.argv[2], "utf8"))) {
  ajv.addSchema(schema);
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === "") {
    continue;
  }
  let verdict;
  try {
    const { schema, document } = JSON.parse(line);
    const validate = ajv.getSchema(schema);
    if (!validate) {
      throw new Error(`unknown schema ${schema}`);
    }
    const valid = validate(document);
    verdict = { valid, errors: (validate.errors ?? []).map(({ instancePath, keyword, message }) => ({ instancePath, keyword, message })) };
  } catch (error) {
    verdict = { failure: String(error) };
  }
  process.stdout.write(JSON.stringify(verdict) + "\n");
}
