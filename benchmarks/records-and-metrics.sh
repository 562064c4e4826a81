#!/usr/bin/env bash
# One series of the issue-12 measurement (docs/PERFORMANCE.md, "Records to Kafka and real-time metrics"): PostgreSQL,
# a loopback Kafka broker and the center on this machine, a 45 s warm-up, then two runs of RoutingLoadDriver (1,000 new
# agents, 500 contacts/s offered, 60 s) with RecordsLagProbe beside each. Results in $OUT (default /tmp/perf12);
# everything it starts is stopped at the end. Needs a built tree (mvn -B install -DskipTests) and Debian's postgresql.
# CENTER_OPTS: more -D options for the center (e.g. -Dcc.metrics.refresh-millis=500). The compute's timer from /metrics
# is kept after each run ($OUT/compute<run>.txt).
set -u
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/perf12}; WORK=${WORK:-/tmp/perf12-data}; rm -rf "$OUT" "$WORK"; mkdir -p "$OUT" "$WORK"
mvn -B -q dependency:build-classpath -pl benchmarks -Dmdep.outputFile=$WORK/cp.txt > $OUT/cp.log 2>&1
CP="$(cat $WORK/cp.txt):benchmarks/target/classes"
bash arquillian-tests/src/test/postgres/cluster.sh start $WORK/pg 18391 > $OUT/pg.log 2>&1
PGPASSWORD=cc psql -h 127.0.0.1 -p 18391 -U cc -d postgres -q -c "create database cc_k owner cc" >> $OUT/pg.log 2>&1
java -cp "$CP" org.contactcenter.benchmarks.LoopbackKafkaBroker --port 18395 --dir $WORK/kafka --seconds 1500 > $OUT/kafka.log 2>&1 &
KAFKA=$!
CC_PORT=18392 CC_AGI_PORT=14892 CC_SECURITY_PBKDF2_ITERATIONS=10000 JAVA_OPTS=-Xmx2g ./start.sh -Dcc.db.class=org.postgresql.ds.PGSimpleDataSource \
  -Dcc.db.user=cc -Dcc.db.password=cc -Dcc.db.url=jdbc:postgresql://127.0.0.1:18391/cc_k \
  -Dcc.records.sinks=kafka -Dcc.records.kafka.bootstrap-servers=127.0.0.1:18395 ${CENTER_OPTS:-} > $OUT/center.log 2>&1 &
CENTER=$!
for i in $(seq 1 180); do curl -sf -o /dev/null http://127.0.0.1:18392/health && break; sleep 2; done
echo "center up $(date -u)" >> $OUT/progress.log
java -Xmx2g -cp "$CP" org.contactcenter.benchmarks.RoutingLoadDriver --base http://127.0.0.1:18392 --agents 1000 --rate 500 --seconds 45 --prefix kw > $OUT/warmup.log 2>&1
for run in 1 2; do
  echo "run $run $(date -u) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT/progress.log
  java -cp "$CP" org.contactcenter.benchmarks.RecordsLagProbe --bootstrap 127.0.0.1:18395 --base http://127.0.0.1:18392 --seconds 105 \
    --rate 500 --jdbc jdbc:postgresql://127.0.0.1:18391/cc_k > $OUT/probe$run.log 2>&1 &
  PROBE=$!
  java -Xmx2g -cp "$CP" org.contactcenter.benchmarks.RoutingLoadDriver --base http://127.0.0.1:18392 --agents 1000 --rate 500 --seconds 60 --prefix k$run > $OUT/run$run.log 2>&1
  wait $PROBE
  curl -s -u admin:admin-pass http://127.0.0.1:18392/metrics | grep -i "realtime_compute" > $OUT/compute$run.txt
  echo "run $run done $(date -u) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT/progress.log
done
JAVA_PID=$(pgrep -P $CENTER java || true)
[ -n "$JAVA_PID" ] && kill $JAVA_PID; sleep 5; kill $CENTER 2>/dev/null
kill $KAFKA 2>/dev/null
bash arquillian-tests/src/test/postgres/cluster.sh stop $WORK/pg 18391 >> $OUT/pg.log 2>&1
echo "finished $(date -u)" >> $OUT/progress.log
