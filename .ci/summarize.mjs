// Sums test counts over every runner (NUnit TRX files, Vitest JSON, Playwright JSON) and prints the one closing
// line CI reads: "N passed, N failed". Exits 1 when anything failed or a runner left no results.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [trxDir, vitestJson, playwrightJson] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

const trxFiles = existsSync(trxDir) ? readdirSync(trxDir).filter((f) => f.endsWith(".trx")) : [];
if (trxFiles.length === 0) missing.push(".NET (no TRX file)");
for (const file of trxFiles) {
  const counters = readFileSync(join(trxDir, file), "utf8").match(/<Counters [^>]*>/)?.[0] ?? "";
  const count = (name) => Number(counters.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  passed += count("passed");
  failed += count("failed") + count("error") + count("timeout") + count("aborted");
  skipped += count("notExecuted");
}

if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else {
  missing.push("Vitest");
}

if (existsSync(playwrightJson)) {
  const stats = JSON.parse(readFileSync(playwrightJson, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
} else {
  missing.push("Playwright");
}

for (const runner of missing) console.error(`No results from ${runner}: counted as a failure.`);
failed += missing.length;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
