// tsx tests/bench/profile-summary.ts FILE.cpuprofile [N] — where the time of a CPU profile went: the N functions
// with the most self time and the N with the most total time (self + callees), in ms. Reads the .cpuprofile files
// of Chromium (editor-bench --profile) and of node --cpu-prof alike.
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, count = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx tests/bench/profile-summary.ts FILE.cpuprofile [N]');
  process.exit(1);
}
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

const label = (n: ProfileNode) => {
  const { functionName, url, lineNumber } = n.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').at(-1) ?? ''}:${lineNumber + 1}`;
};
const selfByLabel = new Map<string, number>();
const totalByLabel = new Map<string, number>();
for (const [id, time] of self) {
  const node = byId.get(id)!;
  selfByLabel.set(label(node), (selfByLabel.get(label(node)) ?? 0) + time);
  // Total: every distinct frame on the stack gets the sample once (recursion counted once).
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at)!);
    if (seen.has(name)) continue;
    seen.add(name);
    totalByLabel.set(name, (totalByLabel.get(name) ?? 0) + time);
  }
}
const all = [...self.values()].reduce((a, b) => a + b, 0);
const top = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(count))
    .map(([name, time]) => `${time.toFixed(1).padStart(9)} ms  ${name}`)
    .join('\n');
console.log(
  `${file}: ${all.toFixed(1)} ms sampled\n-- self time\n${top(selfByLabel)}\n-- total time\n${top(totalByLabel)}`,
);
