#!/usr/bin/env bash
# Offline validation of the deployment files: docker-compose.yml, deploy/, k8s/. No Docker engine and no
# Kubernetes cluster needed. Runs here and in CI; exits non-zero on any problem.
#
#   deploy/check-deploy-files.sh
#
# 1. kubectl kustomize renders k8s/overlays/dev, k8s/overlays/prod, k8s/optional/monitoring and k8s/optional/keycloak.
# 2. deploy/validate-k8s.mjs validates every rendered object against the Kubernetes schemas of npm
#    kubernetes-models@5.1.0 (unknown kinds fail) plus the platform policy (probes, non-root, read-only root,
#    resources, images, Service + PDB per Deployment). First run: npm install into deploy/.tools/node_modules.
# 3. Debian docker-compose 1.29.2 `config -q` with deploy/.env.example (installed with apt when missing, if we
#    are root and apt works; never the docker.io engine), and a check that compose has no default for the
#    secrets; yamllint -d relaxed when available.
# 4. deploy/check-env-contract.mjs: compose and the rendered overlays name exactly the variables and ports of
#    docs/runtime-contract.md.
# 5. Static checks: Dockerfile (non-root, MaxRAMPercentage, fat jar), compose keys that Debian's compose
#    rejects, every required compose variable present in deploy/.env.example, shell syntax.
# 6. Production realm: no users, no password grant, a password policy, secrets without defaults; compose and
#    k8s/optional/keycloak import it (the k8s copy must equal keycloak/realm/enforcement-realm.json).
# 7. Monitoring: `docker-compose --profile monitoring config`, MongoDB replica-set URI, promtool check rules /
#    test rules / check config (Debian package prometheus, installed with apt when missing, as docker-compose),
#    and k8s/optional/monitoring's generated PrometheusRule and dashboard ConfigMaps up to date.
# The last line is `deploy: N passed, M failed[, K skipped]`.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2
TOOLS="deploy/.tools"
MODULES=(catalog-service personnel-service benchmark-service inspection-service supervision-service gateway)

passed=0
failed=0
skipped=0
pass() { passed=$((passed + 1)); echo "  ok    $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $*"; }
skip() { skipped=$((skipped + 1)); echo "  skip  $*"; }
step() { echo "== $*"; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/check-deploy.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# Run a command; on failure show the end of its output.
run_quiet() { # label, command...
  local label=$1; shift
  if "$@" >"$WORK/out.txt" 2>&1; then
    pass "$label"
    return 0
  fi
  fail "$label"
  tail -n 40 "$WORK/out.txt" | sed 's/^/        /'
  return 1
}

# ---------------------------------------------------------------------------------------------------------
step "tools"
have_node=false
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  have_node=true
  pass "node $(node --version), npm $(npm --version 2>/dev/null)"
else
  fail "node and npm are required (Debian: apt-get install nodejs npm)"
fi
have_kubectl=false
if command -v kubectl >/dev/null 2>&1; then
  have_kubectl=true
  pass "kubectl $(kubectl version --client 2>/dev/null | awk '/Kustomize/ {print "(kustomize " $3 ")"}')"
else
  fail "kubectl is required for 'kubectl kustomize'"
fi

models_ok() {
  [ -f "$TOOLS/node_modules/kubernetes-models/package.json" ] && [ -f "$TOOLS/node_modules/js-yaml/package.json" ] \
    && node -e 'const fs=require("fs");const v=(p)=>JSON.parse(fs.readFileSync(p)).version;
      process.exit(v(process.argv[1])==="5.1.0" && v(process.argv[2]).startsWith("4.") ? 0 : 1)' \
      "$TOOLS/node_modules/kubernetes-models/package.json" "$TOOLS/node_modules/js-yaml/package.json"
}
if $have_node; then
  if models_ok; then
    pass "kubernetes-models 5.1.0 and js-yaml 4 in $TOOLS/node_modules"
  else
    echo "  ...   npm install --prefix $TOOLS (kubernetes-models@5.1.0, js-yaml@4; once)"
    # EBADENGINE (kubernetes-models asks for node >=22) is only a warning; it runs on node 20
    if npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error >"$WORK/npm.txt" 2>&1 && models_ok; then
      pass "npm install into $TOOLS"
    else
      fail "npm install into $TOOLS"
      tail -n 20 "$WORK/npm.txt" | sed 's/^/        /'
      have_node=false
    fi
  fi
fi

# ---------------------------------------------------------------------------------------------------------
step "kustomize render (k8s/)"
declare -A RENDERED=()
if $have_kubectl; then
  for target in overlays/dev overlays/prod optional/monitoring optional/keycloak; do
    out="$WORK/$(echo "$target" | tr '/' '-').yaml"
    if run_quiet "kubectl kustomize k8s/$target" kubectl kustomize "k8s/$target" -o "$out"; then
      RENDERED[$target]="$out"
    fi
  done
  # the base alone must render too (overlays build on it)
  run_quiet "kubectl kustomize k8s/base" kubectl kustomize k8s/base -o "$WORK/base.yaml"
else
  skip "kustomize render (no kubectl)"
fi

# ---------------------------------------------------------------------------------------------------------
step "schema + policy validation (deploy/validate-k8s.mjs, kubernetes-models@5.1.0)"
if $have_node && [ ${#RENDERED[@]} -gt 0 ]; then
  for target in overlays/dev overlays/prod; do
    [ -n "${RENDERED[$target]:-}" ] || continue
    if node deploy/validate-k8s.mjs --policy "${RENDERED[$target]}" >"$WORK/out.txt" 2>&1; then
      pass "k8s/$target: $(tail -n 1 "$WORK/out.txt")"
    else
      fail "k8s/$target: $(tail -n 1 "$WORK/out.txt")"
      sed 's/^/        /' "$WORK/out.txt" | head -n 60
    fi
  done
  if [ -n "${RENDERED[optional/monitoring]:-}" ]; then
    if node deploy/validate-k8s.mjs --allow-kind monitoring.coreos.com/v1/ServiceMonitor \
        --allow-kind monitoring.coreos.com/v1/PrometheusRule \
        "${RENDERED[optional/monitoring]}" >"$WORK/out.txt" 2>&1; then
      pass "k8s/optional/monitoring (ServiceMonitor, PrometheusRule are CRDs: structure only): $(tail -n 1 "$WORK/out.txt")"
    else
      fail "k8s/optional/monitoring: $(tail -n 1 "$WORK/out.txt")"
      sed 's/^/        /' "$WORK/out.txt" | head -n 60
    fi
  fi
  # self-test: the validator must reject a broken object and an unknown kind
  cat >"$WORK/broken.yaml" <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata: {name: broken}
spec:
  replicas: "two"
  template: {spec: {containers: [{name: app, image: x}]}}
---
apiVersion: v1
kind: Servicez
metadata: {name: typo}
EOF
  if node deploy/validate-k8s.mjs "$WORK/broken.yaml" >"$WORK/out.txt" 2>&1; then
    fail "validator self-test: a broken Deployment and an unknown kind passed"
  elif [ "$(tail -n 1 "$WORK/out.txt")" = "0 passed, 2 failed" ]; then
    pass "validator self-test: broken Deployment and unknown kind rejected"
  else
    fail "validator self-test: unexpected result: $(tail -n 1 "$WORK/out.txt")"
  fi
else
  skip "schema validation (needs node and the rendered overlays)"
fi

# ---------------------------------------------------------------------------------------------------------
step "docker-compose.yml"
compose_bin=""
if command -v docker-compose >/dev/null 2>&1; then
  compose_bin=docker-compose
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  # Debian's docker-compose 1.29.2 (Python, v1) validates offline. --no-install-recommends keeps the
  # docker.io engine, containerd and runc out. yamllint comes along (small).
  echo "  ...   apt-get install -y --no-install-recommends docker-compose yamllint"
  if { apt-get install -y --no-install-recommends docker-compose yamllint \
       || { apt-get update -qq && apt-get install -y --no-install-recommends docker-compose yamllint; }; } \
       >"$WORK/apt.txt" 2>&1 && command -v docker-compose >/dev/null 2>&1; then
    compose_bin=docker-compose
  else
    echo "        apt-get failed:"; tail -n 5 "$WORK/apt.txt" | sed 's/^/        /'
  fi
fi
if [ -n "$compose_bin" ]; then
  run_quiet "docker-compose $($compose_bin version --short 2>/dev/null) config -q (with deploy/.env.example)" \
    env -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME "$compose_bin" -f docker-compose.yml --env-file deploy/.env.example config -q
  # No default for secrets: without an env file (and a clean environment) compose must refuse.
  : >"$WORK/empty.env"
  if env -i PATH="$PATH" HOME="${HOME:-/tmp}" "$compose_bin" -f docker-compose.yml --env-file "$WORK/empty.env" config -q \
      >"$WORK/out.txt" 2>&1; then
    fail "docker-compose config without an env file passed: a secret has a default in docker-compose.yml"
  elif grep -q 'Missing mandatory value' "$WORK/out.txt"; then
    pass "secrets are mandatory (no defaults in docker-compose.yml)"
  else
    fail "docker-compose config without an env file failed for another reason:"
    tail -n 5 "$WORK/out.txt" | sed 's/^/        /'
  fi
else
  skip "docker-compose config -q: Debian's docker-compose is not installed and cannot be installed here (not root or no apt)"
fi
# keys that Debian's docker-compose 1.29.2 rejects (also checked when it is not installed)
if grep -nE '^name:|^[[:space:]]+required:|^[[:space:]]+start_interval:' docker-compose.yml >"$WORK/out.txt"; then
  fail "docker-compose.yml uses keys that docker-compose 1.29.2 rejects:"; sed 's/^/        /' "$WORK/out.txt"
else
  pass "no top-level name:, depends_on.*.required or healthcheck.start_interval"
fi
# every ${VAR:?...} of the compose file has a dev value in deploy/.env.example
missing_env=()
for var in $(grep -oE '\$\{[A-Z0-9_]+:\?' docker-compose.yml | sed -E 's/^\$\{//; s/:\?$//' | sort -u); do
  grep -qE "^${var}=." deploy/.env.example || missing_env+=("$var")
done
if [ ${#missing_env[@]} -eq 0 ]; then
  pass "every mandatory compose variable has a dev value in deploy/.env.example"
else
  fail "variables missing from deploy/.env.example: ${missing_env[*]}"
fi

if command -v yamllint >/dev/null 2>&1; then
  mapfile -t yaml_files < <(ls docker-compose.yml; find k8s deploy/monitoring -name '*.yaml' -o -name '*.yml' | sort)
  run_quiet "yamllint -d relaxed (${#yaml_files[@]} files)" yamllint -d relaxed --no-warnings "${yaml_files[@]}"
else
  skip "yamllint not installed (Debian: apt-get install yamllint)"
fi

# ---------------------------------------------------------------------------------------------------------
step "monitoring (deploy/monitoring, k8s/optional/monitoring)"
if [ -n "$compose_bin" ]; then
  run_quiet "docker-compose --profile monitoring config -q (Prometheus, Grafana)" \
    env -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME "$compose_bin" -f docker-compose.yml --env-file deploy/.env.example \
      --profile monitoring config -q
  env -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME "$compose_bin" -f docker-compose.yml --env-file deploy/.env.example \
    --profile monitoring config >"$WORK/monitoring.yml" 2>&1
  if grep -q 'GF_SECURITY_ADMIN_PASSWORD: dev-only' "$WORK/monitoring.yml"; then
    pass "Grafana gets its admin password from the env file"
  else
    fail "Grafana's admin password is not GRAFANA_ADMIN_PASSWORD of the env file"
  fi
else
  skip "docker-compose --profile monitoring config (no docker-compose)"
fi
# every service connects to the replica set with majority writes
uri_line=$(grep -E '^\s+MONGODB_URI:' docker-compose.yml)
if [ "$(echo "$uri_line" | wc -l)" = 1 ] && [[ $uri_line == *replicaSet=rs0* && $uri_line == *w=majority* ]] \
    && grep -q -- '--replSet rs0' docker-compose.yml && grep -q "rs.initiate" docker-compose.yml; then
  pass "MongoDB runs as replica set rs0 (initiated by its health check); MONGODB_URI has replicaSet=rs0 and w=majority"
else
  fail "MongoDB replica set: expected one MONGODB_URI with replicaSet=rs0 and w=majority, mongod --replSet rs0 and rs.initiate"
fi
promtool_bin=""
if command -v promtool >/dev/null 2>&1; then
  promtool_bin=promtool
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  # Debian's package prometheus brings promtool (--no-install-recommends: no node exporter); it is not started
  echo "  ...   apt-get install -y --no-install-recommends prometheus (for promtool)"
  if { apt-get install -y --no-install-recommends prometheus \
       || { apt-get update -qq && apt-get install -y --no-install-recommends prometheus; }; } \
       >"$WORK/apt.txt" 2>&1 && command -v promtool >/dev/null 2>&1; then
    promtool_bin=promtool
  else
    echo "        apt-get failed:"; tail -n 5 "$WORK/apt.txt" | sed 's/^/        /'
  fi
fi
if [ -n "$promtool_bin" ]; then
  run_quiet "promtool check rules deploy/monitoring/prometheus/rules/*.yml ($($promtool_bin --version 2>&1 | awk 'NR==1 {print $3}'))" \
    "$promtool_bin" check rules deploy/monitoring/prometheus/rules/*.yml
  # the tests name their rule files relative to the test file
  run_quiet "promtool test rules deploy/monitoring/prometheus/tests/*.yml" \
    "$promtool_bin" test rules deploy/monitoring/prometheus/tests/*.yml
  run_quiet "promtool check config deploy/monitoring/prometheus/prometheus.yml" \
    "$promtool_bin" check config --syntax-only deploy/monitoring/prometheus/prometheus.yml
else
  fail "promtool is required (Debian: apt-get install prometheus) and could not be installed here"
fi
if $have_node; then
  # every alert has a severity and a runbook_url whose anchor is a heading of docs/runbooks.md
  run_quiet "every alert has severity critical|warning and a runbook section in docs/runbooks.md" node --input-type=module -e '
    import { readFileSync, readdirSync } from "node:fs";
    const yaml = (await import(process.cwd() + "/deploy/.tools/node_modules/js-yaml/dist/js-yaml.mjs")).default;
    const anchors = new Set(readFileSync("docs/runbooks.md", "utf8").split("\n").filter((l) => /^#+ /.test(l))
      .map((l) => l.replace(/^#+ /, "").trim().toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-")));
    const dir = "deploy/monitoring/prometheus/rules"; let bad = 0, alerts = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".yml"))) {
      for (const g of yaml.load(readFileSync(dir + "/" + f, "utf8")).groups) for (const r of g.rules.filter((r) => r.alert)) {
        alerts++;
        const url = r.annotations?.runbook_url ?? ""; const anchor = url.split("#")[1];
        if (!/^(critical|warning)$/.test(r.labels?.severity ?? "")) { console.log(r.alert + ": severity"); bad++; }
        if (!url.startsWith("docs/runbooks.md#") || !anchors.has(anchor)) { console.log(r.alert + ": runbook " + url); bad++; }
        if (!r.annotations?.summary) { console.log(r.alert + ": no summary"); bad++; }
      }
    }
    process.exit(bad || alerts === 0 ? 1 : 0);'
  run_quiet "k8s/optional/monitoring: PrometheusRule and dashboard ConfigMaps generated from deploy/monitoring" \
    node deploy/generate-monitoring-k8s.mjs --check
  # every dashboard is valid JSON with a unique uid and uses the provisioned data source uid "prometheus"
  run_quiet "Grafana dashboards: JSON, unique uid, data source uid prometheus" node -e '
    const fs = require("fs"); const dir = "deploy/monitoring/grafana/dashboards"; const uids = new Set(); let bad = 0;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const d = JSON.parse(fs.readFileSync(dir + "/" + f, "utf8"));
      if (!d.uid || uids.has(d.uid)) { console.log(f + ": missing or duplicate uid"); bad++; } uids.add(d.uid);
      for (const p of d.panels.filter((p) => p.type !== "row")) {
        if (p.datasource?.uid !== "prometheus" || !(p.targets || []).length || p.targets.some((t) => !t.expr)) {
          console.log(f + ": panel " + p.title + ": no query or another data source"); bad++;
        }
      }
    }
    process.exit(bad || uids.size === 0 ? 1 : 0);'
else
  skip "generated monitoring manifests (needs node)"
fi

# ---------------------------------------------------------------------------------------------------------
step "production realm (keycloak/realm/enforcement-realm.json, imported by compose and k8s/optional/keycloak)"
if cmp -s keycloak/realm/enforcement-realm.json k8s/optional/keycloak/enforcement-realm.json; then
  pass "k8s/optional/keycloak/enforcement-realm.json is the production realm"
else
  fail "k8s/optional/keycloak/enforcement-realm.json differs: cp keycloak/realm/enforcement-realm.json k8s/optional/keycloak/"
fi
if grep -q './keycloak/realm/enforcement-realm.json:/opt/keycloak/data/import/' docker-compose.yml; then
  pass "docker-compose imports the production realm"
else
  fail "docker-compose.yml does not mount keycloak/realm/enforcement-realm.json into /opt/keycloak/data/import"
fi
if $have_node; then
  # no people, no password grant, no implicit flow, a password policy, secrets only from the environment
  run_quiet "production realm: no users, no password grant, password policy, secrets from the environment" node -e '
    const r = JSON.parse(require("fs").readFileSync("keycloak/realm/enforcement-realm.json", "utf8")); let bad = 0;
    const no = (m) => { console.log(m); bad++; };
    for (const u of r.users ?? []) {
      if (!u.serviceAccountClientId) no("user " + u.username + " is a person (dev overlay only)");
      if (u.credentials) no("user " + u.username + " has credentials");
    }
    for (const c of r.clients ?? []) {
      if (c.directAccessGrantsEnabled) no("client " + c.clientId + " allows the password grant");
      if (c.implicitFlowEnabled) no("client " + c.clientId + " allows the implicit flow");
      if ("secret" in c && !/^\$\{KC_[A-Z0-9_]+\}$/.test(c.secret)) no("client " + c.clientId + ": secret is not ${KC_...} without default");
    }
    if (!/length\(1[2-9]|length\([2-9][0-9]/.test(r.passwordPolicy ?? "")) no("passwordPolicy without length(>=12)");
    if (!r.bruteForceProtected) no("bruteForceProtected is off");
    process.exit(bad ? 1 : 0);'
else
  skip "production realm checks (needs node)"
fi

# ---------------------------------------------------------------------------------------------------------
step "runtime contract (docs/runtime-contract.md) in compose and k8s"
if $have_node && [ -n "${RENDERED[overlays/dev]:-}" ] && [ -n "${RENDERED[overlays/prod]:-}" ]; then
  if node deploy/check-env-contract.mjs --contract docs/runtime-contract.md --compose docker-compose.yml \
      --k8s "${RENDERED[overlays/dev]}" --k8s "${RENDERED[overlays/prod]}" >"$WORK/out.txt" 2>&1; then
    pass "variables and ports match the contract: $(tail -n 1 "$WORK/out.txt")"
  else
    fail "variables or ports differ from the contract: $(tail -n 1 "$WORK/out.txt")"
    sed 's/^/        /' "$WORK/out.txt" | head -n 60
  fi
else
  skip "contract check (needs node and both rendered overlays)"
fi

# ---------------------------------------------------------------------------------------------------------
step "Dockerfile and scripts"
df=deploy/Dockerfile
grep -qE '^USER[[:space:]]+[1-9][0-9]*' "$df" && pass "Dockerfile runs as a numeric non-root USER" || fail "Dockerfile: no numeric non-root USER"
grep -q 'MaxRAMPercentage' "$df" && pass "Dockerfile sizes the heap with -XX:MaxRAMPercentage" || fail "Dockerfile: no -XX:MaxRAMPercentage"
grep -qE '^FROM[[:space:]]+\$\{JAVA_IMAGE\}' "$df" && grep -qE '^ARG JAVA_IMAGE=eclipse-temurin:17-jre$' "$df" \
  && pass "Dockerfile base image eclipse-temurin:17-jre" || fail "Dockerfile: base image is not eclipse-temurin:17-jre"
grep -q 'COPY ${MODULE}/target/${MODULE}.jar' "$df" && pass "Dockerfile copies <module>/target/<module>.jar" || fail "Dockerfile: does not copy <module>/target/<module>.jar"
bad_poms=()
for m in "${MODULES[@]}"; do
  [ -f "$m/pom.xml" ] && grep -q '<finalName>${project.artifactId}</finalName>' "$m/pom.xml" || bad_poms+=("$m")
done
if [ ${#bad_poms[@]} -eq 0 ]; then
  pass "every module's pom builds target/<module>.jar (finalName)"
else
  fail "no <finalName>\${project.artifactId}</finalName> in: ${bad_poms[*]} (the image expects <module>/target/<module>.jar)"
fi
for s in deploy/check-deploy-files.sh deploy/healthcheck.sh deploy/kafka/acls.sh; do
  bash -n "$s" && pass "bash -n $s" || fail "bash -n $s"
done
node --check deploy/validate-k8s.mjs >/dev/null 2>&1 && node --check deploy/check-env-contract.mjs >/dev/null 2>&1 \
  && node --check deploy/generate-monitoring-k8s.mjs >/dev/null 2>&1 \
  && pass "node --check deploy/*.mjs" || fail "node --check deploy/*.mjs"

echo
if [ "$failed" -eq 0 ]; then
  echo "All deployment-file checks passed (no Docker engine or cluster involved: images are not built, manifests not applied)."
else
  echo "Deployment-file checks FAILED: $failed problem(s) above."
fi
if [ "$skipped" -gt 0 ]; then
  echo "deploy: $passed passed, $failed failed, $skipped skipped"
else
  echo "deploy: $passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
