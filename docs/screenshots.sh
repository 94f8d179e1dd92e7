#!/usr/bin/env bash
# Takes screenshots of the real console window for the docs, on a virtual 1920×1080 display:
#   docs/screenshots.sh                        -> docs/screenshots/console.png     (Chinese UI, the default)
#   docs/screenshots.sh --lang en              -> docs/screenshots/console-en.png
#   docs/screenshots.sh --view triage [--lang en] -> docs/screenshots/triage[-en].png (the 待立案 desk, opened with F2)
#   docs/screenshots.sh --view visits [--lang en] -> docs/screenshots/return-visits[-en].png (the 回访 desk, F7)
#   docs/screenshots.sh --view lock [--lang en]   -> docs/screenshots/lock[-en].png (the console locked with Ctrl+L)
#   docs/screenshots.sh --stand-down           -> docs/screenshots/stand-down[-en].png, stock-book[-en].png,
#                                                 plan-editor[-en].png (the commander's and the warehouse keeper's
#                                                 journey tests and the plan editor test drive the console frame on a
#                                                 small demo city and snapshot it; headless, no Xvfb needed)
# Each run uses a fresh temporary data folder and database, so the demo city is generated from scratch, unless
# GC_SCREENSHOT_DB names a demo city to copy (a folder holding city.mv.db, e.g. one made with `gridcommand demo`).
# Needs: a JDK 17+, xvfb (xvfb-run, xauth), imagemagick (import), GTK 3 for JavaFX's window (libgtk-3-0),
# xdotool for the views opened with a key (apt-get install xdotool);
# .ci/run installs them on Debian.
set -euo pipefail

READY_LINE='GridCommand console ready'
READY_TIMEOUT=${READY_TIMEOUT:-240}   # seconds until the console must report ready (includes demo generation)
TILE_SETTLE=${TILE_SETTLE:-8}       # seconds for the first map tiles, points and the event queue to be shown
VIEW_SETTLE=${VIEW_SETTLE:-15}      # seconds for a view opened by its key to read its list
SCREEN='-screen 0 1920x1080x24'

cd "$(dirname "${BASH_SOURCE[0]}")/.."

lang=zh
view=console
while [[ $# -gt 0 ]]; do
    case "$1" in
        --stand-down)
            ./mvnw -q test -Dtest='CommanderJourneyTest,WarehouseKeeperJourneyTest,PlanEditorTest' \
                -Dsurefire.failIfNoSpecifiedTests=false -Dgridcommand.screenshots="$PWD/docs/screenshots"
            ls -l docs/screenshots/stand-down*.png docs/screenshots/stock-book*.png docs/screenshots/plan-editor*.png
            exit 0 ;;
        --lang) lang=${2:?--lang needs a value (zh or en)}; shift 2 ;;
        --lang=*) lang=${1#--lang=}; shift ;;
        --view) view=${2:?--view needs a value (console, triage, visits or lock)}; shift 2 ;;
        --view=*) view=${1#--view=}; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (use --lang en, --view triage|visits|lock, or --stand-down)" >&2; exit 64 ;;
    esac
done
case "$lang" in
    zh) suffix= ;;
    en) suffix=-en ;;
    *) echo "unsupported language '$lang' (zh or en)" >&2; exit 64 ;;
esac
case "$view" in
    console) key=; name=console ;;
    triage) key=F2; name=triage ;;          # opens the triage desk with the most urgent waiting report in focus
    visits) key=F7; name=return-visits ;;   # opens the return-visit desk with the calls to make
    lock) key=ctrl+l; name=lock ;;          # locks the console: the lock screen with unlock and hand-over
    *) echo "unsupported view '$view' (console, triage, visits or lock)" >&2; exit 64 ;;
esac
out=docs/screenshots/$name$suffix.png

# ---- Inside the virtual display (this script runs itself again under xvfb-run) --------------------------------
if [[ "${GC_SCREENSHOT_INSIDE_XVFB:-}" == 1 ]]; then
    : "${GC_TMP:?}"
    log="$GC_TMP/console.log"
    if [[ -n "${GC_SCREENSHOT_DB:-}" ]]; then
        cp "$GC_SCREENSHOT_DB"/*.mv.db "$GC_TMP/"
        db_file=$(ls "$GC_TMP"/*.mv.db | head -1)
        mv "$db_file" "$GC_TMP/demo.mv.db"
    fi
    # signed in as the demo city's duty officer (README, Accounts and roles), as a wall screen starts; --create:
    # without a copied city the console generates the demo city in the new file on its first start
    GRIDCOMMAND_HOME="$GC_TMP/home" GRIDCOMMAND_PASSWORD=duty2026 java -jar target/gridcommand.jar \
        --db "$GC_TMP/demo" --create --lang "$lang" --user duty >"$log" 2>&1 &
    app=$!
    stop_app() {
        if kill -0 "$app" 2>/dev/null; then
            kill "$app" 2>/dev/null || true
            for _ in $(seq 20); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$app" 2>/dev/null || true
        fi
        wait "$app" 2>/dev/null || true
    }
    trap stop_app EXIT

    echo "waiting up to ${READY_TIMEOUT}s for '$READY_LINE' (log: $log)"
    waited=0
    until grep -qF "$READY_LINE" "$log"; do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "the console exited before it was ready; last lines of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        if grep -qF 'GridCommand cannot start' "$log"; then
            echo "the console reported that it cannot start; last lines of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        if (( waited >= READY_TIMEOUT )); then
            echo "the console was not ready after ${READY_TIMEOUT}s; last lines of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        sleep 1
        waited=$(( waited + 1 ))
    done
    echo "ready after ${waited}s; letting the tiles settle for ${TILE_SETTLE}s"
    sleep "$TILE_SETTLE"
    if [[ -n "$key" ]]; then
        xdotool search --sync --onlyvisible --class java windowactivate >/dev/null 2>&1 || true
        xdotool key "$key"
        sleep "$VIEW_SETTLE"   # the view reads its data and the map flies to what it shows
    fi
    import -window root "$out"
    echo "wrote $out ($(identify -format '%wx%h' "$out"))"
    exit 0
fi

# ---- Outside: check tools, build the jar if needed, start the virtual display ---------------------------------
for tool in java xvfb-run xauth import identify ${key:+xdotool}; do
    command -v "$tool" >/dev/null || { echo "missing '$tool' (apt-get install xvfb xauth imagemagick xdotool)" >&2; exit 69; }
done
if [[ ! -f target/gridcommand.jar ]]; then
    echo "building target/gridcommand.jar"
    ./mvnw -q -DskipTests package
fi
mkdir -p docs/screenshots

GC_TMP=$(mktemp -d "${TMPDIR:-/tmp}/gridcommand-shot.XXXXXX")
trap 'rm -rf "$GC_TMP"' EXIT
export GC_TMP GC_SCREENSHOT_INSIDE_XVFB=1
xvfb-run -a -s "$SCREEN" bash "$0" --lang "$lang" --view "$view"
