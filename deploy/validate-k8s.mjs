#!/usr/bin/env node
// Offline schema validation of rendered Kubernetes YAML (e.g. `kubectl kustomize k8s/overlays/prod`).
//
//   node deploy/validate-k8s.mjs [--policy] [--allow-kind <apiVersion>/<Kind>]... FILE...
//
// Every document is validated against the Kubernetes OpenAPI schema shipped in npm `kubernetes-models@5.1.0`
// (types, required fields, enums, formats). A kind that package does not know fails ("unknown kind"), unless
// it is listed with --allow-kind (for CRDs such as monitoring.coreos.com/v1/ServiceMonitor): then it is only
// checked for apiVersion/kind/metadata.name/spec and counted as skipped.
// Known limit: Kubernetes schemas allow unknown fields, so a misspelt optional field is not reported here.
//
// --policy adds the platform's own rules (deploy/README.md): per Deployment the three probes on the actuator
// health groups, non-root + read-only root filesystem + /tmp emptyDir, requests and limits, a tagged
// registry.example/enforcement/<name> image, and a Service and PodDisruptionBudget selecting its pods.
//
// Prints one line per failure and ends with `N passed, M failed` (`, K skipped` when there are skipped).
// Exit code 1 on any failure or when no document was found.
// Dependencies are installed by deploy/check-deploy-files.sh into deploy/.tools/node_modules.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The packages live in deploy/.tools/node_modules, where Node's resolution from this file does not look.
// kubernetes-models is ESM-only with import-only "exports", so files are imported by path.
const nodeModules = join(dirname(fileURLToPath(import.meta.url)), '.tools', 'node_modules');
const importFile = (...parts) => import(pathToFileURL(join(nodeModules, ...parts)).href);
if (!existsSync(join(nodeModules, 'kubernetes-models', 'package.json'))) {
  console.error(`missing ${nodeModules}: run npm install --prefix deploy/.tools --no-audit --no-fund`);
  process.exit(2);
}

const args = process.argv.slice(2);
const files = [];
const allowedKinds = new Set();
let policy = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--policy') policy = true;
  else if (args[i] === '--allow-kind') allowedKinds.add(args[++i]);
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error('usage: node deploy/validate-k8s.mjs [--policy] [--allow-kind apiVersion/Kind]... FILE...');
  process.exit(2);
}

const yaml = (await importFile('js-yaml', 'dist', 'js-yaml.mjs')).default;

let passed = 0;
let failed = 0;
let skipped = 0;
const fail = (where, message) => {
  failed++;
  console.log(`FAIL ${where}: ${message}`);
};

const modelCache = new Map();
async function modelFor(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (!modelCache.has(key)) {
    let model = null;
    // only well-formed names become a path (no "..", no slashes in the kind)
    const file = join(nodeModules, 'kubernetes-models', apiVersion, `${kind}.js`);
    if (/^([a-z0-9][a-z0-9.-]*\/)?v[0-9]+((alpha|beta)[0-9]+)?$/.test(apiVersion) && /^[A-Z][A-Za-z0-9]*$/.test(kind)
        && existsSync(file)) {
      const mod = await importFile('kubernetes-models', apiVersion, `${kind}.js`);
      model = mod[kind] ?? null;
    }
    modelCache.set(key, model);
  }
  return modelCache.get(key);
}

function errorText(err) {
  if (err && Array.isArray(err.errors)) {
    return err.errors.map((e) => `${e.instancePath || e.dataPath || '/'} ${e.message}`).join('; ');
  }
  return String(err && err.message ? err.message : err);
}

const docs = [];
for (const file of files) {
  let loaded;
  try {
    loaded = yaml.loadAll(readFileSync(file, 'utf8'));
  } catch (err) {
    fail(file, `YAML does not parse: ${err.message}`);
    continue;
  }
  loaded.forEach((doc, index) => {
    if (doc !== null && doc !== undefined) docs.push({ file, index, doc });
  });
}

for (const { file, index, doc } of docs) {
  const name = doc?.metadata?.name ?? '?';
  const where = `${file}#${index} ${doc?.apiVersion ?? '?'}/${doc?.kind ?? '?'} ${name}`;
  if (typeof doc !== 'object' || Array.isArray(doc) || !doc.apiVersion || !doc.kind) {
    fail(where, 'not a Kubernetes object (apiVersion and kind are required)');
    continue;
  }
  if (!doc.metadata || typeof doc.metadata.name !== 'string' || doc.metadata.name === '') {
    fail(where, 'metadata.name is required');
    continue;
  }
  const kindKey = `${doc.apiVersion}/${doc.kind}`;
  if (allowedKinds.has(kindKey)) {
    if (typeof doc.spec !== 'object' || doc.spec === null) fail(where, 'spec is required');
    else skipped++;
    continue;
  }
  const Model = await modelFor(doc.apiVersion, doc.kind);
  if (!Model) {
    fail(where, `unknown kind ${kindKey} (not in kubernetes-models; CRDs need --allow-kind)`);
    continue;
  }
  // kustomize's secretGenerator wraps long base64 values over several lines; the API server's decoder (Go's
  // encoding/base64, used for []byte fields) ignores \r and \n, the "byte" format of the schema does not.
  if (doc.kind === 'Secret' && doc.apiVersion === 'v1' && doc.data && typeof doc.data === 'object') {
    for (const [k, v] of Object.entries(doc.data)) {
      if (typeof v === 'string') doc.data[k] = v.replace(/[\r\n]/g, '');
    }
  }
  try {
    new Model(doc).validate();
    passed++;
  } catch (err) {
    fail(where, errorText(err));
  }
}

// ---- platform policy ---------------------------------------------------------------------------------
if (policy) {
  const check = (where, ok, message) => {
    if (ok) passed++;
    else fail(where, message);
  };
  const all = docs.map((d) => d.doc).filter((d) => d && typeof d === 'object');
  const byKind = (kind) => all.filter((d) => d.kind === kind);
  const selects = (selector, labels) =>
    selector && Object.entries(selector).every(([k, v]) => labels && labels[k] === v);

  const deployments = byKind('Deployment');
  check('policy', deployments.length > 0, 'no Deployment rendered');
  for (const d of deployments) {
    const name = d.metadata.name;
    const where = `policy Deployment ${name}`;
    const pod = d.spec?.template?.spec ?? {};
    const podLabels = d.spec?.template?.metadata?.labels ?? {};
    const containers = pod.containers ?? [];
    check(where, containers.length === 1, 'expected exactly one container');
    const c = containers[0] ?? {};
    check(where, /^registry\.example\/enforcement\/[a-z0-9-]+:[A-Za-z0-9._-]+$/.test(c.image ?? '')
      && c.image.startsWith(`registry.example/enforcement/${name}:`),
      `image must be registry.example/enforcement/${name}:<tag>, is ${c.image}`);
    const probePath = (p) => p?.httpGet?.path;
    check(where, probePath(c.livenessProbe) === '/actuator/health/liveness', 'livenessProbe must GET /actuator/health/liveness');
    check(where, probePath(c.readinessProbe) === '/actuator/health/readiness', 'readinessProbe must GET /actuator/health/readiness');
    check(where, typeof probePath(c.startupProbe) === 'string', 'startupProbe (httpGet) is required');
    const res = c.resources ?? {};
    check(where, res.requests?.cpu && res.requests?.memory && res.limits?.memory && res.limits?.cpu,
      'resources.requests.cpu/memory and resources.limits.cpu/memory are required');
    const runAsNonRoot = c.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
    check(where, runAsNonRoot === true, 'runAsNonRoot must be true');
    check(where, c.securityContext?.readOnlyRootFilesystem === true, 'readOnlyRootFilesystem must be true');
    check(where, c.securityContext?.allowPrivilegeEscalation === false, 'allowPrivilegeEscalation must be false');
    const tmpMount = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
    const tmpVolume = tmpMount && (pod.volumes ?? []).find((v) => v.name === tmpMount.name);
    check(where, Boolean(tmpVolume && tmpVolume.emptyDir), '/tmp must be an emptyDir volume');
    const services = byKind('Service').filter((s) => selects(s.spec?.selector, podLabels));
    check(where, services.length === 1, `expected one Service selecting the pods, found ${services.length}`);
    const containerPorts = (c.ports ?? []).map((p) => p.containerPort);
    for (const s of services) {
      for (const p of s.spec.ports ?? []) {
        const target = typeof p.targetPort === 'string'
          ? (c.ports ?? []).find((cp) => cp.name === p.targetPort)?.containerPort
          : (p.targetPort ?? p.port);
        check(where, containerPorts.includes(target), `Service ${s.metadata.name} port ${p.port} targets no container port`);
      }
    }
    const pdbs = byKind('PodDisruptionBudget').filter((p) => selects(p.spec?.selector?.matchLabels, podLabels));
    check(where, pdbs.length === 1, `expected one PodDisruptionBudget selecting the pods, found ${pdbs.length}`);
  }
  for (const hpa of byKind('HorizontalPodAutoscaler')) {
    const ref = hpa.spec?.scaleTargetRef ?? {};
    check(`policy HorizontalPodAutoscaler ${hpa.metadata.name}`,
      deployments.some((d) => d.metadata.name === ref.name && ref.kind === 'Deployment'),
      `scaleTargetRef ${ref.kind}/${ref.name} is not a rendered Deployment`);
  }
  for (const ing of byKind('Ingress')) {
    for (const rule of ing.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const svc = path.backend?.service;
        check(`policy Ingress ${ing.metadata.name}`, byKind('Service').some((s) => s.metadata.name === svc?.name
          && (s.spec.ports ?? []).some((p) => p.name === svc.port?.name || p.port === svc.port?.number)),
          `backend ${svc?.name}:${svc?.port?.name ?? svc?.port?.number} is not a rendered Service port`);
      }
    }
    check(`policy Ingress ${ing.metadata.name}`, (ing.spec?.tls ?? []).every((t) => t.secretName), 'every tls entry needs a secretName');
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed + skipped === 0 ? 1 : 0);
