#!/usr/bin/env bash
# Measures how fast the app image built by `mvn -Pdist package` starts, next to the plain jar:
#   - time to a command-line answer (--version, list) with no display, with hyperfine;
#   - time to the first window (until xdotool finds a visible window titled "Activation Lab")
#     on a private Xvfb display.
# Prints medians in milliseconds, with the CPU time used (user + system), which varies less
# than the wall time when other work shares the machine. Timings on a shared machine are
# noisy: compare the rows of one run with each other rather than with another run.
#
#   jpackage/measure-startup.sh [RUNS]        RUNS per command, default 20 (10 for windows)
#
# Needs hyperfine, and for the window times xvfb and xdotool (Debian packages of those names).
# Set LAUNCHER to measure another launcher as well, e.g. LAUNCHER=/usr/bin/activation-lab after
# installing the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-20}
window_runs=$(( runs < 10 ? runs : 10 ))
image_launcher=target/dist/activation-lab/bin/activation-lab
jar=target/activation-lab.jar
java_options=(-Dprism.lcdtext=false)

[[ -x "$image_launcher" && -f "$jar" ]] || { echo "measure-startup: run mvn -Pdist package first" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "measure-startup: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

launchers=("$image_launcher")
[[ -n "${LAUNCHER:-}" ]] && launchers+=("$LAUNCHER")

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

echo "== time to a command-line answer, no display ($runs runs each)"
commands=()
for args in --version list; do
    for launcher in "${launchers[@]}"; do commands+=("$launcher $args"); done
    commands+=("java ${java_options[*]} -jar $jar $args")
done
env -u DISPLAY hyperfine --shell=none --warmup 2 --runs "$runs" --style none \
    --export-json "$work/cli.json" --output null "${commands[@]}" >/dev/null
python3 - "$work/cli.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["median"] * 1000:8.0f} ms median  (CPU {(r["user"] + r["system"]) * 1000:5.0f} ms)  {r["command"]}')
EOF

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    echo "== time to the first window: skipped (needs xvfb and xdotool)"
    exit 0
fi

display=:$(( 70 + RANDOM % 20 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

# Prints the milliseconds from starting "$@" until its window is visible, and the CPU time
# (user + system, all threads) the process used until then; then closes the window.
ms_per_tick=$(( 1000 / $(getconf CLK_TCK) ))
first_window_ms() {
    local start pid wall
    start=$(date +%s%N)
    DISPLAY=$display "$@" >/dev/null 2>&1 &
    pid=$!
    until DISPLAY=$display xdotool search --onlyvisible --name '^Activation Lab$' >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "measure-startup: $* exited before showing a window" >&2
            return 1
        fi
        sleep 0.01
    done
    wall=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "$wall $(awk -v ms="$ms_per_tick" '{ print ($14 + $15) * ms }' "/proc/$pid/stat")"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

# Prints the median of column $1 of its input.
median() {
    awk -v c="$1" '{ print $c }' | sort -n \
        | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "== time to the first window, Xvfb $display ($window_runs runs each, after one warm-up)"
for command in "${launchers[@]}" "java ${java_options[*]} -jar $jar"; do
    read -ra argv <<< "$command"
    first_window_ms "${argv[@]}" >/dev/null
    for _ in $(seq "$window_runs"); do first_window_ms "${argv[@]}"; done > "$work/window.txt"
    printf '%8s ms median  (CPU %5s ms)  %s\n' "$(median 1 < "$work/window.txt")" \
        "$(median 2 < "$work/window.txt")" "$command"
done
