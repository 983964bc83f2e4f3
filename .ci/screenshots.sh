#!/usr/bin/env bash
# Real-window check of the desktop app: play a bundled drill by itself under Xvfb (Mesa software
# Vulkan), save a PNG of every screen at 1280x720 and at 1920x1080, check the PNGs are there and
# not blank, then measure CPU and memory with nobody touching it: on the Library screen (catches a
# return of the egui repaint-every-frame loop) and on the Drill screen while the reply countdown
# runs (the only screen that redraws by itself, once a second).
#
# usage: .ci/screenshots.sh [OUT_DIR]   (default target/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || need+=(mesa-vulkan-drivers libvulkan1)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo build --quiet --bin comeback
bin=target/debug/comeback
data=$(mktemp -d)
export COMEBACK_DATA_DIR=$data
rm -rf "$out" && mkdir -p "$out"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

xpids=()
trap 'for p in "${xpids[@]}"; do kill $p 2>/dev/null || true; done; rm -rf "$data"' EXIT
# start_x WxH → sets DISPLAY to a fresh Xvfb screen of that size
start_x() {
  local d=91
  while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
  Xvfb :$d -screen 0 "$1"x24 >/dev/null 2>&1 &
  xpids+=($!)
  sleep 1
  export DISPLAY=:$d
}

shots="01-profiles 02-library 03-briefing 04-drill 05-debrief 06-progress 07-trainer 08-team-plans 09-team-seat 10-team-report"
fail=0
for size in 1280x720 1920x1080; do
  start_x "$size"
  dir="$out/$size"
  mkdir -p "$dir"
  timeout 600 "$bin" --autoplay scenarios/site-part-no-show.ron --choices 1,2,1 \
    --window-size "$size" --screenshot-dir "$dir" --exit-when-done >"$dir/autoplay.log" 2>&1 \
    || { echo "autoplay at $size failed:"; tail -20 "$dir/autoplay.log"; exit 1; }
  for s in $shots; do
    f="$dir/$s.png"
    if [ ! -s "$f" ]; then echo "missing: $f"; fail=1; continue; fi
    bytes=$(stat -c %s "$f")
    # a blank screen compresses to a few KB; a drawn screen is tens of KB
    if [ "$bytes" -lt 15000 ]; then echo "looks blank ($bytes bytes): $f"; fail=1; else echo "ok: $f ($bytes bytes)"; fi
  done
done

# measure NAME LIMIT_PCT ARGS… : run the app with ARGS, leave it alone, read CPU over 10 s
measure() {
  local name=$1 limit=$2; shift 2
  "$bin" "$@" >"$out/$name.log" 2>&1 &
  local apid=$!
  sleep 10
  # Xvfb has no window manager, so nothing gives the window focus; a person's desktop would.
  # (Unfocused, the drill's countdown pauses and nothing redraws.)
  local wid
  wid=$(xdotool search --name "Comeback" 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && xdotool windowfocus --sync "$wid" 2>/dev/null || true
  sleep 2
  local hz t0 t1 rss cpu
  hz=$(getconf CLK_TCK)
  t0=$(awk '{print $14+$15}' /proc/$apid/stat)
  sleep 10
  t1=$(awk '{print $14+$15}' /proc/$apid/stat)
  rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$apid/status)
  kill $apid 2>/dev/null || true
  wait $apid 2>/dev/null || true
  cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN{printf "%.1f", 100*(b-a)/hz/10}')
  echo "$name: cpu ${cpu}% of one core, rss ${rss} MB (limit ${limit}%)"
  if awk -v c="$cpu" -v l="$limit" 'BEGIN{exit !(c > l)}'; then
    echo "$name: CPU above ${limit}% — is egui repainting every frame again?"; fail=1
  fi
}
start_x 1280x720
measure idle-library 2 --trainee ci
# This drill gives 90 s to answer, so its countdown is still running while it is measured; it
# redraws once a second (each redraw costs ~50 ms of one core with software rendering, debug build).
measure countdown-drill 15 --trainee ci --drill scenarios/kitchen-worktop-miscut.ron
exit $fail
