#!/usr/bin/env bash
# Peer benchmark: the same drill played N times at random by Comeback's bot and by inkjs.
#   bash benches/ink/compare.sh [RUNS]        (default 20000)
# Both time only the playthroughs (not loading/compiling), on one thread. Comeback's figure also
# scores every playthrough; ink's story keeps mood, patience, hours and moves made as variables
# (generated from the drill by tests/it/trainer.rs).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-20000}"
DRILL=scenarios/insists-on-manager.ron
STORY=benches/ink/insists-on-manager.ink

cargo build --release --no-default-features --quiet
if [ ! -d benches/ink/node_modules/inkjs ]; then
    (cd benches/ink && npm install --no-audit --no-fund --silent)
fi

ours_line=$(target/release/comeback autoplay "$DRILL" --strategy random --runs "$RUNS" --seed 1 --threads 1 | grep '^time:')
ours=$(echo "$ours_line" | sed -E 's/.*\(([0-9]+) playthroughs\/s\).*/\1/')
ours_all=$(target/release/comeback autoplay "$DRILL" --strategy random --runs "$RUNS" --seed 1 | grep '^time:' | sed -E 's/.*\(([0-9]+) playthroughs\/s\).*/\1/')
ink_json=$(cd benches/ink && node play.mjs "$(basename "$STORY")" "$RUNS" 1)
ink=$(echo "$ink_json" | sed -E 's/.*"playthroughs_per_s":([0-9]+).*/\1/')

echo "drill: $DRILL, $RUNS random playthroughs"
echo "comeback (1 thread):     $ours playthroughs/s  [$ours_line]"
echo "comeback (all cores):    $ours_all playthroughs/s"
echo "inkjs $(node -p "require('./benches/ink/node_modules/inkjs/package.json').version") (node $(node --version)): $ink playthroughs/s  $ink_json"
awk -v a="$ours" -v b="$ink" 'BEGIN { printf "ratio (1 thread): comeback is %.1f× inkjs\n", a / b }'
