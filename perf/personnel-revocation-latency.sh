#!/usr/bin/env bash
# Benchmark of the revocation event latency: a certificate revocation's event
# (cn.gov.lyg.enforcement.personnel.certificate.revoked.v1 on personnel.certificates.v1) is on Kafka within 1 s (p99)
# of the API call. Revokes K seeded officers' ACTIVE certificates one after the other through the gateway
# (POST /api/personnel/v1/certificates/{id}/revoke with If-Match, as hz-supervisor) while a Kafka consumer positioned
# at the end of the topic waits for the matching events; prints p50/p95/p99/max of (received − t0) and
# (received − t1) (t0 just before the POST, t1 at its answer), the missing events (after waiting up to 10 s) and
# PASS/FAIL against p99 <= 1 000 ms. Details: the header of perf/RevocationLatency.java.
#
#   perf/personnel-revocation-latency.sh [--count K] [--wait-seconds S] [--interval-ms MS] [--seed-file F]
#
# Before it starts it waits until the outbox relay of personnel-service is idle (after a seed it is minutes behind).
#
# Needs a running stack with seeded officers (start it as perf/personnel-eligibility.sh does, in particular with
# MONGO_JAVA_OPTS="-Xms1536m -Xmx1536m -XX:+UseParallelGC": with the dev default -Xmx256m the MongoDB-wire server
# spends ~1 s per full GC at 20 000 officers and those pauses alone push p99 over 1 s):
# dev-stack/stack.sh start --only infra,personnel-service,gateway and
# perf/personnel-seed.py (the officers of perf/.data/personnel-seed.tsv; K defaults to 200). Revocation
# is terminal: the revoked officers are marked REVOKED in the seed file, so that the next run takes others, until the
# pool of ACTIVE certificates is exhausted (then seed a larger N: personnel-seed.py --count ...).
# Runs perf/RevocationLatency.java with the JDK's single-file source launcher (Java 17+); the class path is
# kafka-clients in the version the services use (Spring Boot's kafka.version, from the parent POM in ~/.m2;
# KAFKA_CLIENTS_VERSION overrides) and its runtime dependencies (zstd-jni, lz4-java, snappy-java, slf4j-api) from
# ~/.m2 plus slf4j-nop; nothing is downloaded: after a build of the project they are all in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."

M2=${M2_REPO:-$HOME/.m2/repository}
CP=$(python3 - "$M2" "${KAFKA_CLIENTS_VERSION:-}" <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
m2, kafka = sys.argv[1], sys.argv[2]
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
def pom(group, artifact, version):
    return os.path.join(m2, *group.split("."), artifact, version, "%s-%s.pom" % (artifact, version))
def jar(group, artifact, version):
    return os.path.join(m2, *group.split("."), artifact, version, "%s-%s.jar" % (artifact, version))
def newest(group, artifact, major=None):
    d = os.path.join(m2, *group.split("."), artifact)
    key = lambda v: [int(x) if x.isdigit() else 0 for x in re.split(r"[.-]", v)]
    vs = sorted((v for v in os.listdir(d) if os.path.exists(jar(group, artifact, v))
                 and (major is None or v.startswith(major))), key=key) if os.path.isdir(d) else []
    return vs[-1] if vs else None
if not kafka:
    root = ET.parse("pom.xml").getroot()
    parent = root.find("m:parent", NS)
    boot = parent.find("m:version", NS).text
    deps = ET.parse(pom("org.springframework.boot", "spring-boot-dependencies", boot)).getroot()
    kafka = deps.find("m:properties/m:kafka.version", NS).text
cp = [jar("org.apache.kafka", "kafka-clients", kafka)]
if not os.path.exists(cp[0]):
    sys.exit("kafka-clients %s is not in %s: build the project once (mvn -DskipTests package)" % (kafka, m2))
slf4j = None
for dep in ET.parse(pom("org.apache.kafka", "kafka-clients", kafka)).getroot().findall("m:dependencies/m:dependency", NS):
    g, a, v = (dep.find("m:" + t, NS).text for t in ("groupId", "artifactId", "version"))
    scope = dep.find("m:scope", NS)
    if scope is not None and scope.text not in ("runtime", "compile"):
        continue
    if dep.find("m:optional", NS) is not None and dep.find("m:optional", NS).text == "true":
        continue
    if a == "slf4j-api":
        v = newest(g, a, "2.") or v     # the services run slf4j 2 (Spring Boot); kafka's POM names 1.7
        slf4j = v
    path = jar(g, a, v)
    if not os.path.exists(path):
        alt = newest(g, a)
        if not alt:
            sys.exit("%s:%s is not in %s" % (g, a, m2))
        print("note: %s:%s %s not in ~/.m2, using %s" % (g, a, v, alt), file=sys.stderr)
        path = jar(g, a, alt)
    cp.append(path)
nop = newest("org.slf4j", "slf4j-nop", (slf4j or "2.")[:2])
if nop:
    cp.append(jar("org.slf4j", "slf4j-nop", nop))
print(":".join(cp))
PY
)
echo "class path: $(echo "$CP" | tr ':' '\n' | xargs -n1 basename | paste -sd' ' -)"

# The outbox relay of personnel-service is one thread: right after a seed it is still delivering the seed's events
# and audit lines (minutes at 20 000 officers), and a revocation's event queues behind them. Wait until
# outbox_published_total (actuator/prometheus of the service) has not moved for 10 s (at most
# OUTBOX_QUIET_TIMEOUT seconds, default 900), so that the run measures the revocation and not the seed's backlog.
# the dev stack serves the actuator on SERVER_PORT + 1000 (MANAGEMENT_SERVER_PORT)
METRICS=${PERSONNEL_MANAGEMENT_URL:-http://127.0.0.1:9082}/actuator/prometheus
published() { curl -sf "$METRICS" | awk '/^outbox_published_total/ { print int($2) }'; }
if [[ -n "$(published)" ]]; then
  quiet=0 last=$(published) waited=0
  while ((quiet < 10 && waited < ${OUTBOX_QUIET_TIMEOUT:-900})); do
    sleep 2; waited=$((waited + 2))
    now=$(published)
    if [[ "$now" == "$last" ]]; then quiet=$((quiet + 2)); else quiet=0; echo "outbox still draining: $now messages published so far"; fi
    last=$now
  done
  ((quiet >= 10)) && echo "outbox quiet ($last messages published)" || echo "WARNING: outbox still busy after ${waited}s: latencies include its backlog" >&2
fi
exec java -Xmx256m -cp "$CP" perf/RevocationLatency.java "$@"
