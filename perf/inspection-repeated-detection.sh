#!/usr/bin/env bash
# Benchmark of repeated-inspection detection among 1 000 000 inspection records: a second agency's inspection of an
# enterprise (assignment through the gateway) → RepeatedInspectionDetected on inspection.coordination.v1 within 1 s.
# Seeds N inspection records (default 1 000 000) and the enterprise registers straight into the MongoDB-wire database
# of inspection-service, registers K target enterprises that each have a seeded inspection by 海州区城市管理局 in the
# target month, then plans K inspections as 海州区市场监管局 one after the other and times each event. Details: the
# header of perf/RepeatedDetection.java.
#
#   perf/inspection-repeated-detection.sh [--records N] [--targets K] [--wait-seconds S] [--target-ms MS] [--skip-seed]
#
# Needs a running stack with catalog-service, inspection-service and the gateway, e.g. (inside the stack lock):
#   MONGO_JAVA_OPTS="-Xms1536m -Xmx1536m -XX:+UseParallelGC" \
#     dev-stack/stack.sh start --fresh --only infra,catalog-service,inspection-service,gateway
# (the MongoDB-wire server keeps 1 000 000 documents in its H2 store; the dev default -Xmx256m is too small).
# Smoke run: perf/inspection-repeated-detection.sh --records 20000 --targets 5
# Class path: mongodb-driver-sync/-core, bson, kafka-clients and its compression libraries, slf4j from the local Maven
# repository (M2_REPO, default ~/.m2/repository); nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
M2=${M2_REPO:-$HOME/.m2/repository}
CP=$(python3 - "$M2" <<'PY'
import os, re, sys
m2 = sys.argv[1]
def newest(group, artifact, major=None):
    d = os.path.join(m2, *group.split("."), artifact)
    key = lambda v: [int(x) if x.isdigit() else 0 for x in re.split(r"[.-]", v)]
    vs = sorted((v for v in (os.listdir(d) if os.path.isdir(d) else [])
                 if os.path.exists(os.path.join(d, v, "%s-%s.jar" % (artifact, v)))
                 and (major is None or v.startswith(major))), key=key)
    if not vs:
        return None
    return os.path.join(d, vs[-1], "%s-%s.jar" % (artifact, vs[-1]))
need = [("org.mongodb", "mongodb-driver-sync"), ("org.mongodb", "mongodb-driver-core"), ("org.mongodb", "bson"),
        ("org.apache.kafka", "kafka-clients"), ("org.slf4j", "slf4j-api", "2.")]
opt = [("org.mongodb", "bson-record-codec"), ("com.github.luben", "zstd-jni"), ("org.lz4", "lz4-java"),
       ("at.yawk.lz4", "lz4-java"), ("org.xerial.snappy", "snappy-java"), ("org.slf4j", "slf4j-nop", "2.")]
cp = []
for n in need:
    j = newest(*n)
    if not j:
        sys.exit("%s:%s is not in %s: build the project once (mvn -DskipTests package)" % (n[0], n[1], m2))
    cp.append(j)
for n in opt:
    j = newest(*n)
    if j:
        cp.append(j)
print(":".join(cp))
PY
)
echo "class path: $(echo "$CP" | tr ':' '\n' | xargs -n1 basename | paste -sd' ' -)"
exec java -Xmx512m -cp "$CP" perf/RepeatedDetection.java "$@"
