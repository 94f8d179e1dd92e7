#!/usr/bin/env bash
# The heavier crash trials of ADR 0014 / issue 9: the same tests CI runs (src/test/java/org/gridcommand/crash/),
# with more kills and bigger files. Each kill is a real SIGKILL of a child JVM running the gridcommand command
# line; after each one the database is reopened and must hold the load wholly or not at all.
#
#   tools/crash-trials.sh                 # 20 kills over a 200,000-row ticket file, 20 grid-import kills,
#                                         # 20 demo kills, 20 serve-intake kills under load (~1-2 h on 2 cores)
#   KILLS=5 ROWS=50000 tools/crash-trials.sh
#   JAR=/path/to/old/gridcommand.jar tools/crash-trials.sh   # the same trials against another build
#
# Each test prints one summary line ("crash trials …: N kills, 0 damaged, 0 partial", "acknowledged-but-lost …:
# 0 of N"); they are collected at the end. GRIDCOMMAND_TEST_PG_URL adds the PostgreSQL comparison.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

KILLS=${KILLS:-20}
ROWS=${ROWS:-200000}
GRIDS=${GRIDS:-20000}
SEED=${SEED:-$(date +%s)}
LOG=$(mktemp -t crash-trials.XXXXXX)

args=(-o test -Dsurefire.failIfNoSpecifiedTests=false
      "-Dtest=TicketImportCrashTest,GridAndDemoCrashTest,AcknowledgedReportsSurviveKillTest"
      "-Dgridcommand.crash.kills=${KILLS}" "-Dgridcommand.crash.rows=${ROWS}" "-Dgridcommand.crash.grids=${GRIDS}"
      "-Dgridcommand.crash.seed=${SEED}")
if [[ -n "${JAR:-}" ]]; then
    args+=("-Dgridcommand.crash.jar=${JAR}")
fi
if [[ -n "${GRIDCOMMAND_TEST_PG_URL:-}" ]]; then
    args+=("-Dgridcommand.test.pg.url=${GRIDCOMMAND_TEST_PG_URL}")
fi

echo "crash trials: ${KILLS} kills each, ${ROWS} ticket rows, ${GRIDS} grids, seed ${SEED}; log ${LOG}"
status=0
./mvnw "${args[@]}" >"${LOG}" 2>&1 || status=$?
grep -A25 -E "^crash trials [a-z]|^acknowledged-but-lost" "${LOG}" | grep -E "^crash trials|^acknowledged|^  " || true
grep -E "Tests run:.*Fail" "${LOG}" | tail -1 || true
exit "${status}"
