// Peer benchmark: play an ink story N times with seeded random choices, timing only the plays.
// The story is generated from a bundled drill by the Rust test `trainer::ink_story_matches_drill`
// (same nodes, replies and branch conditions; mood, patience and hours as ink variables).
//
//   node play.mjs story.ink RUNS [SEED]
import { Compiler } from "inkjs/full";
import { readFileSync } from "node:fs";

const [file = "hotel-room-not-ready.ink", runsArg = "10000", seedArg = "1"] = process.argv.slice(2);
const runs = Number(runsArg);
const seed = Number(seedArg);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`runs must be a positive whole number, not ${runsArg}`);
  process.exit(2);
}

const t0 = performance.now();
const story = new Compiler(readFileSync(file, "utf8")).Compile();
const compileMs = performance.now() - t0;

// mulberry32: a small seeded PRNG, so a run can be repeated.
function rng(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const outcomes = {};
let turns = 0;
const t1 = performance.now();
for (let i = 0; i < runs; i++) {
  const next = rng(seed * 1000003 + i);
  story.ResetState();
  story.state.storySeed = i;
  for (let depth = 0; depth < 40; depth++) {
    story.ContinueMaximally();
    const n = story.currentChoices.length;
    if (n === 0) break;
    story.ChooseChoiceIndex(Math.floor(next() * n));
    turns++;
  }
  const o = story.variablesState["outcome"];
  outcomes[o] = (outcomes[o] || 0) + 1;
}
const playMs = performance.now() - t1;
console.log(
  JSON.stringify({
    engine: "inkjs",
    runs,
    turns,
    compile_ms: +compileMs.toFixed(1),
    play_ms: +playMs.toFixed(1),
    playthroughs_per_s: Math.round(runs / (playMs / 1000)),
    outcomes,
  }),
);
