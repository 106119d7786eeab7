#!/usr/bin/env node
// Snapshot tests of the grammar over every example lesson (../../examples/*.lesson): each is
// copied into test/snapshots/ and tokenised; the tokens must match the committed .snap file.
// `npm run snapshots` writes the .snap files anew after a deliberate change to the grammar or to
// an example (look at the diff before committing it).
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const here = path.resolve(__dirname, "..");
const examples = path.resolve(here, "../../examples");
const snapshots = path.join(here, "test", "snapshots");
const update = process.argv.includes("--update");

fs.mkdirSync(snapshots, { recursive: true });
const lessons = fs.readdirSync(examples).filter((f) => f.endsWith(".lesson")).sort();
if (lessons.length === 0) {
  console.error(`no example lessons in ${examples}`);
  process.exit(1);
}
for (const old of fs.readdirSync(snapshots)) {
  if (old.endsWith(".lesson")) fs.rmSync(path.join(snapshots, old));
}
const missing = [];
for (const lesson of lessons) {
  fs.copyFileSync(path.join(examples, lesson), path.join(snapshots, lesson));
  if (!fs.existsSync(path.join(snapshots, lesson + ".snap"))) missing.push(lesson);
}
for (const snap of fs.readdirSync(snapshots).filter((f) => f.endsWith(".snap"))) {
  if (!lessons.includes(snap.replace(/\.snap$/, ""))) {
    if (update) fs.rmSync(path.join(snapshots, snap));
    else missing.push(`${snap} (its example is gone)`);
  }
}
if (missing.length > 0 && !update) {
  console.error(`no snapshot for: ${missing.join(", ")} — run \`npm run snapshots\` and look at the new files`);
  process.exit(1);
}
const tool = path.join(here, "node_modules", ".bin", "vscode-tmgrammar-snap");
const args = ["-s", "source.lesson", "-g", path.join(here, "syntaxes", "lesson.tmLanguage.json"),
  path.join(snapshots, "*.lesson")];
if (update) args.unshift("--updateSnapshot");
const run = spawnSync(tool, args, { stdio: "inherit", cwd: here });
process.exit(run.status === null ? 1 : run.status);
