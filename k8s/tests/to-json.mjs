// Reads multi-document YAML on stdin, writes the documents as one JSON array (the deployment tests read manifests
// and the compose file this way, with the same YAML parser for both).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const docs = parseAllDocuments(readFileSync(0, "utf8"));
const bad = docs.flatMap(d => d.errors.map(e => e.message));
if (bad.length > 0) {
  process.stderr.write(bad.join("\n") + "\n");
  process.exit(1);
}
process.stdout.write(JSON.stringify(docs.map(d => d.toJS({ maxAliasCount: -1 })).filter(d => d != null)) + "\n");
