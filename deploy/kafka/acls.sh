#!/usr/bin/env bash
# Kafka users and ACLs of the platform (SASL_SSL with SCRAM-SHA-512; k8s/overlays/prod, docs/runtime-contract.md).
#
# Why a script and not a Strimzi KafkaUser manifest: production Kafka is an external, managed cluster
# (kafka-1..3.lyg.example), not run by the platform's Kubernetes namespace, so there is no Strimzi operator to
# reconcile KafkaUser objects. The script is idempotent (kafka-acls.sh --add and kafka-configs.sh --alter may be
# repeated) and is the declared source of truth of who may do what; run it after every new topic or service.
#
#   KAFKA_ADMIN_CONFIG=admin.properties BOOTSTRAP=kafka-1.lyg.example:9093 \
#   CATALOG_KAFKA_PASSWORD=... PERSONNEL_KAFKA_PASSWORD=... BENCHMARK_KAFKA_PASSWORD=... \
#   INSPECTION_KAFKA_PASSWORD=... SUPERVISION_KAFKA_PASSWORD=... deploy/kafka/acls.sh
#   deploy/kafka/acls.sh --dry-run        # print the commands only
#
# The rules:
# - one user per service, `<context>-service` (catalog-service, personnel-service, ...), the username of its
#   KAFKA_SASL_JAAS_CONFIG (k8s Secret <context>-service-kafka);
# - ONLY the owning service writes its topics: WRITE (and CREATE, DESCRIBE) on the prefix `<context>.`;
#   the consumers verify the same ownership on every effect-bearing event (CloudEvent source, EventSourcePolicy);
# - a consumer READs the topics it consumes, under consumer groups prefixed `<context>` (`catalog`,
#   `catalog-agencies`, `personnel-accountability`, ...), and WRITEs the dead-letter topic `<topic>.DLT` of each
#   topic it consumes (it declares that topic too: CREATE);
# - nobody gets ALTER, DELETE or cluster rights; topics are created by their owner with the configured
#   replication factor (KAFKA_REPLICATION_FACTOR=3 in production).
set -euo pipefail

DRY_RUN=false
[ "${1:-}" = "--dry-run" ] && DRY_RUN=true
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
BOOTSTRAP="${BOOTSTRAP:-kafka-1.lyg.example:9093}"
ADMIN_CONFIG="${KAFKA_ADMIN_CONFIG:-admin.properties}"

# topics each service consumes (DESIGN.md §2 and the @KafkaListener/AgencyEventConsumer of each service)
declare -A CONSUMES=(
  [catalog]="personnel.agencies.v1"
  [personnel]="supervision.accountability.v1"
  [benchmark]="catalog.items.v1 catalog.law-changes.v1 personnel.agencies.v1 inspection.impact-assessments.v1"
  [inspection]="personnel.certificates.v1 catalog.items.v1 personnel.agencies.v1"
  [supervision]="catalog.items.v1 catalog.delegations.v1 personnel.certificates.v1 personnel.officers.v1 personnel.agencies.v1 benchmark.benchmarks.v1 benchmark.applications.v1 inspection.plans.v1 inspection.spot-checks.v1 inspection.inspections.v1 inspection.joint-inspections.v1 inspection.coordination.v1 supervision.cases.v1 supervision.complaints.v1 supervision.reviews.v1 supervision.alerts.v1"
)
CONTEXTS=(catalog personnel benchmark inspection supervision)

run() {
  if $DRY_RUN; then
    printf '%q ' "$@" | sed 's/password=[^],]*/password=***/'
    echo
  else
    "$@"
  fi
}

acl() { # principal, operations..., -- resource args
  local principal=$1; shift
  local ops=()
  while [ "$1" != "--" ]; do ops+=(--operation "$1"); shift; done
  shift
  run "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" \
    --add --allow-principal "User:$principal" "${ops[@]}" "$@"
}

for context in "${CONTEXTS[@]}"; do
  user="$context-service"
  var="$(echo "$context" | tr '[:lower:]' '[:upper:]')_KAFKA_PASSWORD"
  if $DRY_RUN; then
    password="***"
  else
    password="${!var:?set $var (the SCRAM password of $user, the same as in its k8s Secret $user-kafka)}"
  fi
  run "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" \
    --alter --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[password=$password]"

  # its own topics: only this user may write them
  acl "$user" Write Create Describe DescribeConfigs -- --topic "$context." --resource-pattern-type prefixed
  # its consumer groups
  acl "$user" Read Describe -- --group "$context" --resource-pattern-type prefixed
  for topic in ${CONSUMES[$context]}; do
    acl "$user" Read Describe DescribeConfigs -- --topic "$topic"
    acl "$user" Write Create Describe DescribeConfigs -- --topic "$topic.DLT"
  done
done
echo "kafka ACLs: ${#CONTEXTS[@]} users configured"
