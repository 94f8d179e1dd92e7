#!/usr/bin/env bash
# File size of the embedded database before and after a big 12345 import, with the compaction that follows it
# (issue 9: a 200,000-row import grew the demo city's file from 115 MB to 2.43 GB and nothing compacted it).
#
#   tools/import-size.sh [ROWS] [CITY_DB]     # default 200000 rows into a fresh demo city
#
# Needs target/gridcommand.jar (./mvnw -DskipTests package) and python3 (to write the ticket file).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROWS=${1:-200000}
WORK=$(mktemp -d -t import-size.XXXXXX)
JAR=${JAR:-target/gridcommand.jar}
if [[ -n "${2:-}" ]]; then
    cp "$2.mv.db" "$WORK/city.mv.db"
else
    java -jar "$JAR" demo --db "$WORK/city" >/dev/null
fi
python3 - "$ROWS" "$WORK/tickets.csv" <<'PY'
import random, sys
n, out = int(sys.argv[1]), sys.argv[2]
r = random.Random(7)
with open(out, "w", encoding="utf-8") as w:
    w.write("工单编号,受理时间,诉求分类,诉求内容,事发地址,经度,纬度\n")
    for i in range(1, n + 1):
        lon = 120.21 + (r.random() - 0.5) * 0.12
        lat = 30.255 + (r.random() - 0.5) * 0.09
        w.write(f"T{i},2026-10-{1 + i % 28:02d} 08:{i % 60:02d},占道经营,\"市民反映占道经营，请处理\",第{i % 500}号路口,{lon:.6f},{lat:.6f}\n")
PY
cat > "$WORK/mapping.yaml" <<'YAML'
encoding: UTF-8
timezone: Asia/Shanghai
columns:
  external_id: 工单编号
  created_at: 受理时间
  category: 诉求分类
  description: 诉求内容
  address: 事发地址
  longitude: 经度
  latitude: 纬度
date_patterns: ["yyyy-MM-dd HH:mm"]
coordinate_system: WGS84
categories:
  占道经营: "010101"
YAML
before=$(stat -c %s "$WORK/city.mv.db")
start=$(date +%s)
java -jar "$JAR" --lang en import tickets "$WORK/tickets.csv" --mapping "$WORK/mapping.yaml" --db "$WORK/city" \
    2>"$WORK/import.err" | tee "$WORK/import.out" | grep -E "rows in|compacted" || tail -3 "$WORK/import.err"
after=$(stat -c %s "$WORK/city.mv.db")
echo "{\"probe\":\"import-size\",\"rows\":${ROWS},\"bytes_before\":${before},\"bytes_after\":${after},\"seconds\":$(( $(date +%s) - start ))}"
rm -rf "$WORK"
