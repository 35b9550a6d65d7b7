#!/usr/bin/env node
// Do docker-compose.yml and the rendered Kubernetes overlays give each JVM exactly the variables of
// docs/runtime-contract.md, with the contract's ports?
//
//   node deploy/check-env-contract.mjs --contract docs/runtime-contract.md --compose docker-compose.yml \
//        --k8s rendered-dev.yaml --k8s rendered-prod.yaml
//
// From the contract it reads the port table (module -> port), the variable table (name -> "used by") and
// the issuer. `CATALOG_SERVICE_URL ... SUPERVISION_SERVICE_URL` expands to <CONTEXT>_SERVICE_URL for every
// *-service module of the port table.
// For each of the six JVM modules, in compose and in each rendered overlay:
//   - every contract variable used by that module is set, and nothing else except the ALLOWED_EXTRA below;
//   - SERVER_PORT = the contract port (= containerPort in k8s), MONGODB_DATABASE = enforcement-<context>,
//     each *_SERVICE_URL = http://<module>:<contract port> (and, in k8s, that Service port exists);
//   - every ConfigMap key in k8s is a contract variable (or an allowed extra); every configMapRef /
//     configMapKeyRef resolves to a rendered ConfigMap (and key).
// Compose only: OIDC_ISSUER_URI = the contract's issuer = KC_HOSTNAME + /realms/enforcement; only the gateway
// (8080) and Keycloak (8180) publish ports, bound to 127.0.0.1 (besides Prometheus and Grafana of the port table,
// which must sit in the compose profile "monitoring").
// Ends with `N passed, M failed`; exit 1 on any failure.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const nodeModules = join(dirname(fileURLToPath(import.meta.url)), '.tools', 'node_modules');
const yamlFile = join(nodeModules, 'js-yaml', 'dist', 'js-yaml.mjs');
if (!existsSync(yamlFile)) {
  console.error(`missing ${yamlFile}: run npm install --prefix deploy/.tools --no-audit --no-fund`);
  process.exit(2);
}
const yaml = (await import(pathToFileURL(yamlFile).href)).default;

// Not in the contract, but needed and deliberate (see deploy/README.md):
const ALLOWED_EXTRA = new Map([
  // the gateway binds 127.0.0.1 by default (local stack); containers must bind 0.0.0.0
  ['SERVER_ADDRESS', 'all'],
  // behind the Ingress controller the gateway's rate limiter must read the client from X-Forwarded-For
  ['ENFORCEMENT_GATEWAY_RATELIMIT_TRUSTEDPROXYHOPS', 'gateway'],
  // the production overlay switches Swagger UI and the API documents off (profile prod)
  ['SPRING_PROFILES_ACTIVE', 'all'],
]);

const args = process.argv.slice(2);
let contractFile;
let composeFile;
const k8sFiles = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--contract') contractFile = args[++i];
  else if (args[i] === '--compose') composeFile = args[++i];
  else if (args[i] === '--k8s') k8sFiles.push(args[++i]);
  else {
    console.error(`unknown argument ${args[i]}`);
    process.exit(2);
  }
}
if (!contractFile || (!composeFile && k8sFiles.length === 0)) {
  console.error('usage: check-env-contract.mjs --contract FILE [--compose FILE] [--k8s FILE]...');
  process.exit(2);
}

let passed = 0;
let failed = 0;
const check = (where, ok, message) => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL ${where}: ${message}`);
  }
};

// ---- the contract ---------------------------------------------------------------------------------------
const contractText = readFileSync(contractFile, 'utf8');
function section(title) {
  const start = contractText.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`${contractFile}: no section "## ${title}"`);
  const next = contractText.indexOf('\n## ', start + 3);
  return contractText.slice(start, next < 0 ? undefined : next);
}
const tableRows = (text) => text.split('\n')
  .filter((l) => /^\|/.test(l) && !/^\|\s*-/.test(l))
  .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()))
  .slice(1); // header

const ports = new Map();
const monitoringPorts = new Map();
let issuer;
for (const [name, port, notes] of tableRows(section('Ports'))) {
  if (/^(gateway|[a-z]+-service)$/.test(name) && /^\d+$/.test(port)) ports.set(name, Number(port));
  const m = /issuer `([^`]+)`/.exec(notes ?? '');
  if (name === 'Keycloak' && m) issuer = m[1];
  // optional monitoring containers of the compose profile "monitoring"
  const tool = /^(Prometheus|Grafana) \(compose profile/.exec(name);
  if (tool && /^\d+$/.test(port)) monitoringPorts.set(tool[1].toLowerCase(), Number(port));
}
const modules = [...ports.keys()];
const serviceModules = modules.filter((m) => m.endsWith('-service'));
const context = (module) => module.replace(/-service$/, '');
check('contract', modules.includes('gateway') && serviceModules.length === 5,
  `expected the gateway and five services in the port table, found ${modules.join(', ')}`);
check('contract', Boolean(issuer), 'no issuer `...` in the Keycloak row of the port table');

const usedBy = new Map(); // variable -> Set of modules
for (const [names, users] of tableRows(section('Environment variables'))) {
  const vars = [...names.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]);
  let expanded = vars;
  if (names.includes('...') && vars.length === 2 && vars.every((v) => v.endsWith('_SERVICE_URL'))) {
    expanded = serviceModules.map((m) => `${context(m).toUpperCase()}_SERVICE_URL`);
    check('contract', vars.every((v) => expanded.includes(v)), `${vars.join(' ... ')} does not match the services ${expanded.join(', ')}`);
  }
  const who = new Set();
  if (/every JVM/.test(users)) modules.forEach((m) => who.add(m));
  if (/services/.test(users)) serviceModules.forEach((m) => who.add(m));
  if (/gateway/.test(users)) who.add('gateway');
  for (const m of serviceModules) if (users.includes(m)) who.add(m);
  for (const v of expanded) usedBy.set(v, who);
}
check('contract', usedBy.size >= 8, `only ${usedBy.size} variables found in the contract's table`);
const required = (module) => [...usedBy].filter(([, who]) => who.has(module)).map(([v]) => v).sort();
const allowed = (module, name) => usedBy.get(name)?.has(module)
  || ['all', module].includes(ALLOWED_EXTRA.get(name));

function checkModuleEnv(where, module, env) {
  const names = Object.keys(env);
  const missing = required(module).filter((v) => !names.includes(v));
  const extra = names.filter((v) => !allowed(module, v));
  check(where, missing.length === 0, `missing contract variables ${missing.join(', ')}`);
  check(where, extra.length === 0, `variables outside docs/runtime-contract.md: ${extra.join(', ')}`);
  if ('SERVER_PORT' in env) {
    check(where, String(env.SERVER_PORT) === String(ports.get(module)), `SERVER_PORT=${env.SERVER_PORT}, contract says ${ports.get(module)}`);
  }
  if ('MONGODB_DATABASE' in env) {
    check(where, env.MONGODB_DATABASE === `enforcement-${context(module)}`, `MONGODB_DATABASE=${env.MONGODB_DATABASE}, expected enforcement-${context(module)}`);
  }
  for (const m of serviceModules) {
    const v = `${context(m).toUpperCase()}_SERVICE_URL`;
    if (v in env) {
      check(where, env[v] === `http://${m}:${ports.get(m)}`, `${v}=${env[v]}, expected http://${m}:${ports.get(m)}`);
    }
  }
}

// ---- docker-compose.yml -----------------------------------------------------------------------------------
if (composeFile) {
  const compose = yaml.load(readFileSync(composeFile, 'utf8'));
  const services = compose?.services ?? {};
  const envOf = (svc) => {
    const e = services[svc]?.environment ?? {};
    if (Array.isArray(e)) return Object.fromEntries(e.map((kv) => [kv.split('=')[0], kv.split('=').slice(1).join('=')]));
    return e;
  };
  for (const module of modules) {
    const where = `compose ${module}`;
    check(where, module in services, 'service missing');
    if (!(module in services)) continue;
    const env = envOf(module);
    checkModuleEnv(where, module, env);
    if ('OIDC_ISSUER_URI' in env) check(where, env.OIDC_ISSUER_URI === issuer, `OIDC_ISSUER_URI=${env.OIDC_ISSUER_URI}, contract issuer ${issuer}`);
    check(where, services[module].build?.args?.MODULE === module, `build.args.MODULE must be ${module}`);
  }
  const kcHost = envOf('keycloak').KC_HOSTNAME;
  check('compose keycloak', kcHost && `${kcHost}/realms/enforcement` === issuer, `KC_HOSTNAME=${kcHost} does not give the issuer ${issuer}`);
  const published = Object.entries(services).filter(([, s]) => (s.ports ?? []).length > 0);
  const mayPublish = ['gateway', 'keycloak', ...monitoringPorts.keys()];
  check('compose ports', published.every(([n]) => mayPublish.includes(n))
      && ['gateway', 'keycloak'].every((n) => published.some(([p]) => p === n)),
    `only ${mayPublish.join(', ')} may publish ports (gateway and keycloak must), found ${published.map(([n]) => n).join(', ')}`);
  for (const n of monitoringPorts.keys()) {
    check(`compose ${n}`, (services[n]?.profiles ?? []).includes('monitoring'), 'must be in the profile "monitoring"');
  }
  for (const [n, s] of published) {
    const port = n === 'gateway' ? ports.get('gateway') : n === 'keycloak' ? 8180 : monitoringPorts.get(n);
    const want = `127.0.0.1:${port}:${port}`;
    check(`compose ${n}`, s.ports.length === 1 && String(s.ports[0]) === want, `ports must be ["${want}"], are ${JSON.stringify(s.ports)}`);
  }
}

// ---- rendered Kubernetes overlays -----------------------------------------------------------------------
for (const file of k8sFiles) {
  const docs = yaml.loadAll(readFileSync(file, 'utf8')).filter((d) => d && typeof d === 'object');
  const configMaps = new Map(docs.filter((d) => d.kind === 'ConfigMap').map((d) => [d.metadata.name, d.data ?? {}]));
  const secrets = new Map(docs.filter((d) => d.kind === 'Secret').map((d) => [d.metadata.name, d.data ?? d.stringData ?? {}]));
  const svcPorts = new Map(docs.filter((d) => d.kind === 'Service').map((d) => [d.metadata.name, (d.spec?.ports ?? []).map((p) => p.port)]));

  for (const [name, data] of configMaps) {
    const bad = Object.keys(data).filter((k) => !usedBy.has(k) && !ALLOWED_EXTRA.has(k));
    check(`${file} ConfigMap ${name}`, bad.length === 0, `keys outside docs/runtime-contract.md: ${bad.join(', ')}`);
  }
  for (const module of modules) {
    const where = `${file} Deployment ${module}`;
    const d = docs.find((x) => x.kind === 'Deployment' && x.metadata?.name === module);
    check(where, Boolean(d), 'missing');
    if (!d) continue;
    const c = d.spec?.template?.spec?.containers?.[0] ?? {};
    const env = {};
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) {
        const data = configMaps.get(from.configMapRef.name);
        check(where, Boolean(data), `envFrom ConfigMap ${from.configMapRef.name} is not rendered`);
        Object.assign(env, data ?? {});
      }
      if (from.secretRef) {
        const data = secrets.get(from.secretRef.name);
        check(where, Boolean(data), `envFrom Secret ${from.secretRef.name} is not rendered (envFrom hides its keys; use secretKeyRef)`);
        Object.keys(data ?? {}).forEach((k) => { env[k] = '<secret>'; });
      }
    }
    for (const e of c.env ?? []) {
      const cmRef = e.valueFrom?.configMapKeyRef;
      if (cmRef) {
        const data = configMaps.get(cmRef.name);
        check(where, data && cmRef.key in data, `${e.name}: ConfigMap ${cmRef.name} key ${cmRef.key} is not rendered`);
        env[e.name] = data?.[cmRef.key];
      } else if (e.valueFrom?.secretKeyRef) {
        env[e.name] = '<secret>'; // prod Secrets are created out of band (k8s/overlays/prod)
      } else {
        env[e.name] = e.value;
      }
    }
    checkModuleEnv(where, module, env);
    check(where, (c.ports ?? []).some((p) => p.containerPort === ports.get(module)), `no containerPort ${ports.get(module)}`);
    for (const m of serviceModules) {
      const v = `${context(m).toUpperCase()}_SERVICE_URL`;
      if (v in env) check(where, (svcPorts.get(m) ?? []).includes(ports.get(m)), `${v}: no rendered Service ${m} with port ${ports.get(m)}`);
    }
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
