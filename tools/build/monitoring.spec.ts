import { parser } from '@prometheus-io/lezer-promql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isKnownMetricName } from '@raadgiver/domain';

const MONITORING = join(__dirname, '../../infra/monitoring');
const README = readFileSync(join(__dirname, '../../infra/README.md'), 'utf8');

interface AlertRule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The syntax errors of a PromQL expression (lezer marks them as error nodes, ⚠) and the metric names it selects. */
function promql(expr: string): { errors: string[]; metrics: string[] } {
  const errors: string[] = [];
  const metrics: string[] = [];
  parser.parse(expr).iterate({
    enter(node) {
      if (node.type.isError) errors.push(`at ${node.from}: "${expr.slice(Math.max(0, node.from - 20), node.to + 20)}"`);
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') metrics.push(expr.slice(node.from, node.to));
    },
  });
  return { errors, metrics };
}

/** A Grafana query as Prometheus receives it: the dashboard's own variables replaced. */
function withoutGrafanaVariables(expr: string): string {
  return expr.replace(/\$__(rate_interval|interval|range)/g, '5m');
}

/** GitHub's anchor of a Markdown heading. */
function anchors(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#+\s+(.+)$/gm)].map(([, title]) => title.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')));
}

interface Panel {
  title?: string;
  type: string;
  targets?: { expr: string }[];
  panels?: Panel[];
}

describe('the alert rules (infra/monitoring/alerts.yaml)', () => {
  const file = parse(readFileSync(join(MONITORING, 'alerts.yaml'), 'utf8')) as { groups: { name: string; rules: AlertRule[] }[] };
  const rules = file.groups.flatMap((group) => group.rules);

  it('are groups of named alerts, each with an expression, a severity, a summary and a runbook section in infra/README.md', () => {
    expect(file.groups.length).toBeGreaterThan(0);
    const headings = anchors(README);
    for (const rule of rules) {
      expect({ alert: rule.alert, expr: typeof rule.expr, severity: rule.labels?.severity, summary: typeof rule.annotations?.summary }).toEqual({
        alert: expect.stringMatching(/^Raadgiver[A-Z]\w+$/),
        expr: 'string',
        severity: expect.stringMatching(/^(page|ticket)$/),
        summary: 'string',
      });
      const runbook = rule.annotations?.runbook ?? '';
      expect({ alert: rule.alert, runbook }).toEqual({ alert: rule.alert, runbook: expect.stringMatching(/^infra\/README\.md#[\w-]+$/) });
      expect({ alert: rule.alert, sectionExists: headings.has(runbook.split('#')[1]) }).toEqual({ alert: rule.alert, sectionExists: true });
    }
  });

  it('cover API errors and latency, readiness, queue depth and age, failed jobs and expiring secrets', () => {
    const alertsOn = (metric: string) => rules.filter((rule) => promql(rule.expr).metrics.some((name) => name.startsWith(metric))).map((rule) => rule.alert);
    for (const metric of ['raadgiver_http_request_duration_seconds', 'raadgiver_graphql_request_duration_seconds', 'raadgiver_health_ready', 'raadgiver_queue_jobs', 'raadgiver_queue_oldest_waiting_seconds', 'raadgiver_jobs_failed_total', 'raadgiver_secret_expiry_timestamp_seconds']) {
      expect({ metric, alerts: alertsOn(metric).length > 0 }).toEqual({ metric, alerts: true });
    }
    expect(new Set(rules.map((rule) => rule.labels?.severity))).toEqual(new Set(['page', 'ticket']));
  });

  it('parse as PromQL and select only the metrics the processes export', () => {
    for (const rule of rules) {
      const { errors, metrics } = promql(rule.expr);
      expect({ alert: rule.alert, errors }).toEqual({ alert: rule.alert, errors: [] });
      expect(metrics.length).toBeGreaterThan(0);
      for (const metric of metrics) expect({ alert: rule.alert, metric, known: isKnownMetricName(metric) }).toEqual({ alert: rule.alert, metric, known: true });
    }
  });

  it('are told apart from a broken expression and an unknown metric (the checks above can fail)', () => {
    expect(promql('sum(rate(raadgiver_jobs_failed_total[5m]) >').errors.length).toBeGreaterThan(0);
    expect(promql('raadgiver_no_such_metric > 0').metrics.filter((name) => !isKnownMetricName(name))).toEqual(['raadgiver_no_such_metric']);
  });
});

describe('the Grafana dashboard (infra/monitoring/grafana-dashboard.json)', () => {
  const dashboard = JSON.parse(readFileSync(join(MONITORING, 'grafana-dashboard.json'), 'utf8')) as { uid: string; panels: Panel[]; templating: { list: { name: string }[] } };
  const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]).filter((panel) => panel.type !== 'row');

  it('has panels whose every query parses and selects only exported metrics', () => {
    expect(panels.length).toBeGreaterThan(10);
    for (const panel of panels) {
      expect({ panel: panel.title, targets: (panel.targets ?? []).length > 0 }).toEqual({ panel: panel.title, targets: true });
      for (const { expr } of panel.targets ?? []) {
        const { errors, metrics } = promql(withoutGrafanaVariables(expr));
        expect({ panel: panel.title, errors }).toEqual({ panel: panel.title, errors: [] });
        for (const metric of metrics) expect({ panel: panel.title, metric, known: isKnownMetricName(metric) }).toEqual({ panel: panel.title, metric, known: true });
      }
    }
  });

  it('shows the queues, the API and the processes of one namespace, from a chosen Prometheus', () => {
    const exprs = panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr)).join('\n');
    for (const metric of ['raadgiver_queue_jobs', 'raadgiver_graphql_request_duration_seconds_bucket', 'raadgiver_db_pool_connections', 'process_resident_memory_bytes']) expect(exprs).toContain(metric);
    expect(dashboard.templating.list.map((variable) => variable.name)).toEqual(['datasource', 'namespace']);
  });
});

describe('the worker autoscaler metric (infra/monitoring/prometheus-adapter.yaml)', () => {
  it('is a PromQL query over the waiting jobs, named as the worker HPA reads it', () => {
    const adapter = parse(readFileSync(join(MONITORING, 'prometheus-adapter.yaml'), 'utf8')) as { rules: { external: { seriesQuery: string; metricsQuery: string; name: { as: string } }[] } };
    const hpa = readFileSync(join(__dirname, '../../infra/k8s/base/autoscaling.yaml'), 'utf8');
    for (const rule of adapter.rules.external) {
      expect(hpa).toContain(`name: ${rule.name.as}`);
      const { errors, metrics } = promql(rule.metricsQuery.replace('<<.LabelMatchers>>', 'namespace="raadgiver"'));
      expect(errors).toEqual([]);
      expect(metrics).toEqual(['raadgiver_queue_jobs']);
    }
  });
});
