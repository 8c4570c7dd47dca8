// Validates every object of a core Kubernetes kind read from stdin (multi-document YAML, e.g. `kubectl kustomize`)
// against the Kubernetes API's OpenAPI schemas, with the npm package kubernetes-models (ajv under the hood).
// Prints one JSON object: { validated: [...], invalid: [{ object, errors }], notCore: [...] }; exit 0 either way.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const text = readFileSync(0, "utf8");
const result = { validated: [], invalid: [], notCore: [] };

for (const doc of parseAllDocuments(text)) {
  if (doc.errors.length > 0) {
    result.invalid.push({ object: "(unparsable YAML)", errors: doc.errors.map(e => e.message) });
    continue;
  }
  const obj = doc.toJS();
  if (!obj) continue;
  const name = `${obj.apiVersion}/${obj.kind}/${obj.metadata?.name}`;
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["", obj.apiVersion];
  const modulePath = group === "" ? `kubernetes-models/${version}/${obj.kind}` : `kubernetes-models/${group}/${version}/${obj.kind}`;
  let Model;
  try {
    Model = (await import(modulePath))[obj.kind];
  } catch {
    result.notCore.push(name);
    continue;
  }
  try {
    new Model(obj).validate();
    result.validated.push(name);
  } catch (e) {
    result.invalid.push({ object: name, errors: [String(e.message ?? e)] });
  }
}

process.stdout.write(JSON.stringify(result, null, 2) + "\n");
