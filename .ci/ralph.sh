#!/usr/bin/env bash
# End-to-end xAPI test against a real LRS (Ralph, fs backend):
# play a few drills with `comeback play --trainee`, `comeback export --format xapi --lrs`, read the
# statements back and compare count, verbs and registrations with the local export; re-export and
# check nothing is resent; check a dead LRS is reported and nothing is marked sent; play a practice
# plan twice (`team run`), export it, and check `team report --from-lrs` equals the local report.
#
#   bash .ci/ralph.sh [path/to/comeback]      (default: target/debug/comeback)
#   RALPH_VENV=/some/venv reuses an existing virtualenv with ralph installed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/target/debug/comeback}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
if [ ! -x "$bin" ]; then
    echo "ralph.sh: no comeback binary at $bin; build it or pass its path" >&2
    exit 2
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    [ -n "${KEEP_WORK:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

venv=${RALPH_VENV:-$work/venv}
if [ ! -x "$venv/bin/ralph" ]; then
    echo "== installing ralph-malph 5.1.0 into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "ralph-malph[cli,lrs]==5.1.0" requests
fi
py="$venv/bin/python"

user=comeback
pass=ralph-test-secret
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
lrs="http://127.0.0.1:$port/xAPI/"
data="$work/data"
export RALPH_APP_DIR="$work/ralph" RALPH_RUNSERVER_BACKEND=fs
mkdir -p "$RALPH_APP_DIR" "$work/lrs"

echo "== playing drills"
play() { "$bin" --data-dir "$data" play "$@" > /dev/null; }
play "$root/scenarios/site-part-no-show.ron" --trainee ralph-kim --seed 1 --choices 1,1,1,1,1,1,1,1
play "$root/scenarios/site-part-no-show.ron" --trainee ralph-kim --seed 2 --choices 2,2,2,2,2,2,2,2
play "$root/scenarios/hotel-room-not-ready.ron" --trainee ralph-kim --seed 3 --choices 1,1,1,1,1,1,1,1
play "$root/scenarios/site-part-no-show.ron" --trainee ralph-lee --seed 4 --choices 1,2,1,2,1,2,1,2
"$bin" --data-dir "$data" export --format xapi > "$work/expected.json"

echo "== a dead LRS is reported and nothing is marked sent"
set +e
"$bin" --data-dir "$data" export --format xapi --lrs "$lrs" --user "$user" --password "$pass" 2> "$work/dead.err"
code=$?
set -e
if [ "$code" -eq 0 ]; then
    echo "FAIL: export to a dead LRS exited 0" >&2
    exit 1
fi
grep -q "could not reach the LRS" "$work/dead.err" || { cat "$work/dead.err" >&2; echo "FAIL: no clear network error" >&2; exit 1; }

echo "== starting ralph on port $port"
"$venv/bin/ralph" auth -u "$user" -p "$pass" -s all -M mailto:comeback@example.org -w > /dev/null
# `ralph runserver -b fs` in 5.1.0 writes the LRS file with operation CREATE, so every POST after
# the first fails ("already exists and overwrite is not allowed") and it runs uvicorn with
# reload (watching the current directory). So this starts the same app the same way, in one
# process, without reload, with the fs backend appending.
(
    cd "$work"
    RALPH_RUNSERVER_BACKEND=fs RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$work/lrs" \
        exec "$py" -c '
import sys, uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
FSDataBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
' "$port"
) > "$work/ralph.log" 2>&1 &
server_pid=$!
"$py" - "$port" <<'PY'
import socket, sys, time
port = int(sys.argv[1])
for _ in range(150):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.2)
sys.exit("ralph did not start")
PY

echo "== exporting to the LRS"
"$bin" --data-dir "$data" export --format xapi --lrs "$lrs" --user "$user" --password "$pass" --batch 7 | tee "$work/first.out"

compare() {
    "$py" - "$lrs" "$user" "$pass" "$work/expected.json" <<'PY'
import collections, json, sys, requests
lrs, user, password, expected_path = sys.argv[1:5]
expected = json.load(open(expected_path))
base = lrs.rstrip("/")
url = base + "/statements?limit=500"
origin = base[: base.index("/", len("http://"))]
got = []
while url:
    r = requests.get(url, auth=(user, password), headers={"X-Experience-API-Version": "1.0.3"}, timeout=30)
    r.raise_for_status()
    body = r.json()
    got.extend(body["statements"])
    more = body.get("more")
    url = (origin + more) if more and more.startswith("/") else more
regs = {s["context"]["registration"] for s in expected}
ours = [s for s in got if s.get("context", {}).get("registration") in regs]
verbs = lambda ss: collections.Counter(s["verb"]["id"].rsplit("/", 1)[-1] for s in ss)
problems = []
if len(ours) != len(expected) or len(got) != len(expected):
    problems.append(f"count: LRS has {len(got)} ({len(ours)} ours), expected {len(expected)}")
if verbs(ours) != verbs(expected):
    problems.append(f"verbs: LRS {dict(verbs(ours))} vs expected {dict(verbs(expected))}")
if {s["context"]["registration"] for s in ours} != regs:
    problems.append("registrations differ")
if {s["id"] for s in ours} != {s["id"] for s in expected}:
    problems.append("statement ids differ")
if problems:
    sys.exit("FAIL: " + "; ".join(problems))
print(f"ok: {len(ours)} statements, {len(regs)} registrations, verbs {dict(verbs(ours))}")
PY
}
compare

echo "== re-export sends nothing new"
"$bin" --data-dir "$data" export --format xapi --lrs "$lrs" --user "$user" --password "$pass" | tee "$work/second.out"
grep -q "^sent 0 new statement" "$work/second.out" || { echo "FAIL: the re-run sent statements again" >&2; exit 1; }
compare

echo "== one more drill: only its statements go"
play "$root/scenarios/site-part-no-show.ron" --trainee ralph-kim --seed 5 --choices 1,1,1,1,1,1,1,1
"$bin" --data-dir "$data" export --format xapi > "$work/expected.json"
"$bin" --data-dir "$data" export --format xapi --lrs "$lrs" --user "$user" --password "$pass" | tee "$work/third.out"
grep -q "^sent 0 new" "$work/third.out" && { echo "FAIL: the new drill was not sent" >&2; exit 1; }
compare

echo "== team practice: the report built from the LRS equals the local one"
team_plan="$root/plans/monday-warm-up.ron"
team_run() {
    "$bin" --data-dir "$data" team run "$team_plan" --scenarios "$root/scenarios" --format json "$@" > /dev/null
}
# 3 trainees x 2 drills, twice (Kim does better the second time), so "most improved" is exercised
team_run --seed 11 --choices 1,1,1,1,1,1,1,1 --choices 2,2,2,2,2,2,2,2 --choices 1,2,1,2,1,2,1,2 \
    --choices 1,1,1,1,1,1,1,1 --choices 3,3,3,3,3,3,3,3 --choices 2,2,2,2,2,2,2,2
team_run --seed 12 --choices 1,1,1,1,1,1,1,1 --choices 1,1,1,1,1,1,1,1 --choices 1,2,1,2,1,2,1,2 \
    --choices 1,1,1,1,1,1,1,1 --choices 1,1,1,1,1,1,1,1 --choices 2,2,2,2,2,2,2,2
"$bin" --data-dir "$data" export --format xapi > "$work/expected.json"
"$bin" --data-dir "$data" export --format xapi --lrs "$lrs" --user "$user" --password "$pass" | tee "$work/team.out"
compare
for fmt in json text html; do
    "$bin" --data-dir "$data" team report "$team_plan" --scenarios "$root/scenarios" --format "$fmt" > "$work/team-local.$fmt"
    "$bin" --data-dir "$data" team report "$team_plan" --scenarios "$root/scenarios" --format "$fmt" \
        --from-lrs "$lrs" --user "$user" --password "$pass" > "$work/team-lrs.$fmt"
    if ! cmp -s "$work/team-local.$fmt" "$work/team-lrs.$fmt"; then
        diff "$work/team-local.$fmt" "$work/team-lrs.$fmt" | head -40 >&2
        echo "FAIL: the $fmt team report from the LRS differs from the local one" >&2
        exit 1
    fi
done
"$py" - "$work/team-lrs.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
problems = []
if r["team"]["drills"] != 6:
    problems.append(f"team drills {r['team']['drills']}, expected 6")
if not r.get("previous_session"):
    problems.append("no previous session found")
if (r.get("most_improved") or {}).get("trainee") != "Kim":
    problems.append(f"most improved {r.get('most_improved')}, expected Kim")
if problems:
    sys.exit("FAIL: " + "; ".join(problems))
print(f"ok: team report from the LRS = local ({r['team']['drills']} drills, most improved {r['most_improved']['trainee']})")
PY

echo "ralph.sh: all good"
