#!/usr/bin/env bash
# Real-window check of the desktop app: play a bundled drill by itself under Xvfb (Mesa software
# Vulkan), save a PNG of every screen, check the PNGs are there and not blank, then measure idle
# CPU on the library screen (catches a return of the egui repaint-every-frame loop).
#
# usage: .ci/screenshots.sh [OUT_DIR]   (default target/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
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

d=91; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1280x720x24 >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 1
export DISPLAY=:$d
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

timeout 300 "$bin" --autoplay scenarios/site-part-no-show.ron --choices 1,2,1 \
  --screenshot-dir "$out" --exit-when-done >"$out/autoplay.log" 2>&1 \
  || { echo "autoplay failed:"; tail -20 "$out/autoplay.log"; exit 1; }

fail=0
for s in 01-profiles 02-library 03-briefing 04-drill 05-debrief 06-progress; do
  f="$out/$s.png"
  if [ ! -s "$f" ]; then echo "missing: $f"; fail=1; continue; fi
  size=$(stat -c %s "$f")
  # a blank 1280x720 PNG compresses to a few KB; a drawn screen is tens of KB
  if [ "$size" -lt 15000 ]; then echo "looks blank ($size bytes): $f"; fail=1; else echo "ok: $f ($size bytes)"; fi
done

# idle CPU: open the library and leave it alone
"$bin" --trainee ci >"$out/idle.log" 2>&1 &
apid=$!
sleep 12
hz=$(getconf CLK_TCK)
t0=$(awk '{print $14+$15}' /proc/$apid/stat)
sleep 10
t1=$(awk '{print $14+$15}' /proc/$apid/stat)
rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$apid/status)
kill $apid 2>/dev/null || true
cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN{printf "%.1f", 100*(b-a)/hz/10}')
echo "idle cpu: ${cpu}% of one core, rss ${rss} MB"
awk -v c="$cpu" 'BEGIN{exit !(c > 5.0)}' && { echo "idle CPU above 5% — is egui repainting every frame again?"; fail=1; }
exit $fail
