#!/usr/bin/env bash
# Benchmark, not a test: Lighthouse (mobile, its default) on a page of the
# site served from out/. Needs a build (npm run build) and network access to
# the npm registry for lighthouse@12.2.3 (13 needs Node 22).
#   scripts/lighthouse.sh [path] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-/2019/11/30/flink-forward-asia.html}
runs=${2:-3}
port=${LIGHTHOUSE_PORT:-4321}
chrome=${CHROMIUM_PATH:-/usr/bin/chromium}
workdir=$(mktemp -d)
node scripts/serve.mjs --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$workdir"' EXIT
sleep 1
for run in $(seq 1 "$runs"); do
  CHROME_PATH=$chrome npx --yes lighthouse@12.2.3 "http://localhost:$port$page" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --output=json --output-path="$workdir/run-$run.json" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]);
    const score = (k) => Math.round(r.categories[k].score * 100);
    const a = (k) => r.audits[k].displayValue;
    console.log(`run ${process.argv[2]}: performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}, SEO ${score("seo")} | FCP ${a("first-contentful-paint")}, LCP ${a("largest-contentful-paint")}, TBT ${a("total-blocking-time")}, CLS ${a("cumulative-layout-shift")}`);
  ' "$workdir/run-$run.json" "$run"
done
