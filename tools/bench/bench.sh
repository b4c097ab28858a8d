#!/usr/bin/env bash
# ./unknot bench [scenario ...] [--duration 30s] [--warmup 20s] [--users 16] [--patients 200] [--long-patients 16]
#                [--soak [--soak-duration 10m]] [--profile <service>] [--keep]
# The load harness of issue 8 (tools/bench/README.md): uses the running local stack, or starts one with the
# production JVM settings (deploy/k8s/base/jvm.env) and stops it afterwards (--keep leaves it running); creates its
# own patients and tokens; runs Gatling (tools/bench, its own Maven project) with a warm-up before each scenario;
# prints one table and writes it as markdown to tools/bench/target/bench/<time>/results.md, Gatling's HTML report
# beside it. Scenarios (default: all but soak): diary-put-30d diary-put-5y progress-30d progress-1y progress-5y
# intake-post event-hop soak. --profile intake-service|diary-service records JFR on that service during its
# scenarios (stack: on the infrastructure JVM, Kafka and the MongoDB server, during every scenario) and writes flame
# graphs (HTML) to tools/bench/docs/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${UNKNOT_STATE:-"$ROOT/.unknot"}
UNKNOT="$ROOT/unknot"
JVM_ENV="$ROOT/deploy/k8s/base/jvm.env"
FALLBACK_JVM="-XX:+UseParallelGC -XX:MaxRAMPercentage=75 -Xmx768m"
SERVICES=(intake-service plan-service diary-service notification-service)

say() { printf 'bench: %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

seconds() { # seconds <30s|2m|10m|1h|90>: whole seconds, or fails
  [[ $1 =~ ^([0-9]+)([smh]?)$ ]] || return 1
  case ${BASH_REMATCH[2]} in
    m) echo $((BASH_REMATCH[1] * 60)) ;;
    h) echo $((BASH_REMATCH[1] * 3600)) ;;
    *) echo $((BASH_REMATCH[1])) ;;
  esac
}

SCENARIOS=() DURATION=30 WARMUP=20 USERS=16 PATIENTS=200 LONG_PATIENTS=16 SOAK=0 SOAK_DURATION=600 PROFILE='' KEEP=false
ARGS="$*"
while (($#)); do
  case $1 in
    --duration) DURATION=$(seconds "${2:-}") || die "--duration needs e.g. 30s or 2m"; shift 2 ;;
    --warmup) WARMUP=$(seconds "${2:-}") || die "--warmup needs e.g. 20s"; shift 2 ;;
    --users) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--users needs a number"; USERS=$2; shift 2 ;;
    --patients) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--patients needs a number"; PATIENTS=$2; shift 2 ;;
    --long-patients) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--long-patients needs a number"; LONG_PATIENTS=$2; shift 2 ;;
    --soak) SOAK=1; shift ;;
    --soak-duration) SOAK_DURATION=$(seconds "${2:-}") || die "--soak-duration needs e.g. 10m"; shift 2 ;;
    --profile) [[ " intake-service diary-service stack " == *" ${2:-} "* ]] || die "--profile intake-service|diary-service|stack"
      PROFILE=$2; shift 2 ;;
    --keep) KEEP=true; shift ;;
    -*) die "unknown option $1 (see ./unknot help)" ;;
    *) SCENARIOS+=("$1"); shift ;;
  esac
done
((${#SCENARIOS[@]} > 0)) || SCENARIOS=(diary-put-30d diary-put-5y progress-30d progress-1y progress-5y intake-post event-hop)
((SOAK == 1)) && [[ " ${SCENARIOS[*]} " != *" soak "* ]] && SCENARIOS+=(soak)
[[ " ${SCENARIOS[*]} " == *" soak "* ]] || SOAK_DURATION=0

# the production JVM settings: the ones the Kubernetes manifests use
if [[ -f $JVM_ENV ]] && grep -q '^JAVA_OPTS_APPEND=' "$JVM_ENV"; then
  JVM=$(grep '^JAVA_OPTS_APPEND=' "$JVM_ENV" | head -1 | cut -d= -f2- | sed -e 's/^"//' -e 's/"$//')
  JVM_FROM=$JVM_ENV
else
  JVM=$FALLBACK_JVM
  JVM_FROM="the fallback ($JVM_ENV does not exist yet)"
fi
# no container here: the memory a production pod is limited to (deploy/k8s/overlays/prod), so that the
# percentages of jvm.env size the heap as they do in Kubernetes rather than from the whole machine
CONTAINER_MEMORY=${UNKNOT_BENCH_CONTAINER_MEMORY:-1536m}
JVM="$JVM -XX:MaxRAM=$CONTAINER_MEMORY"

pid_of() { [[ -f "$STATE/pids/$1.pid" ]] && cat "$STATE/pids/$1.pid" || true; }
STARTED=false
stop_started() {
  if [[ $STARTED == true && $KEEP == false ]]; then say "stopping the stack it started"; "$UNKNOT" down || true; fi
}
trap stop_started EXIT
if "$UNKNOT" status >/dev/null 2>&1; then
  pid=$(pid_of diary-service)
  running_jvm=''
  if [[ -n $pid && -r /proc/$pid/cmdline ]]; then # the options between "java" and "-jar"
    running_jvm=$(tr '\0' ' ' <"/proc/$pid/cmdline" | sed -e 's/ -jar .*//' -e 's/^[^ ]* //')
  fi
  say "using the running stack; its services run with: ${running_jvm:-unknown} (production settings: $JVM, from $JVM_FROM)"
  JVM=${running_jvm:-$JVM}
else
  say "starting the local stack with the production JVM settings from $JVM_FROM: $JVM"
  STARTED=true # from here on a failed start is stopped too
  UNKNOT_JAVA_OPTS="$JVM" UNKNOT_READY_TIMEOUT=${UNKNOT_READY_TIMEOUT:-600} "$UNKNOT" up --detach \
    || die "the stack did not start (./unknot logs <service>)"
fi

MINT=$(grep -s '^UNKNOT_TOKEN_URL=' "$STATE/stack.env" | cut -d= -f2-)
KAFKA=$(grep -s '^KAFKA_BOOTSTRAP_SERVERS=' "$STATE/stack.env" | cut -d= -f2-)
[[ -n $MINT && -n $KAFKA ]] || die "no token mint or Kafka in $STATE/stack.env"
OFFSET=$(grep -s '^offset-ms=' "$STATE/clock" | cut -d= -f2- || true)
PIDS=""
for svc in "${SERVICES[@]}" stack; do PIDS+="$svc=$(pid_of "$svc"),"; done

RUN=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$ROOT/tools/bench/target/bench/$RUN"
mkdir -p "$OUT"
SOAK_SAID=''
((SOAK_DURATION == 0)) || SOAK_SAID=", soak ${SOAK_DURATION} s"
say "scenarios: ${SCENARIOS[*]}; ${USERS} users, warm-up ${WARMUP} s, ${DURATION} s each${SOAK_SAID}; output $OUT"
(cd "$ROOT" && ./mvnw -B -q -f tools/bench/pom.xml test-compile gatling:test \
  -Dgatling.resultsFolder="$OUT" \
  -Dbench.scenarios="$(IFS=,; echo "${SCENARIOS[*]}")" -Dbench.duration="$DURATION" -Dbench.warmup="$WARMUP" \
  -Dbench.users="$USERS" -Dbench.patients="$PATIENTS" -Dbench.long-patients="$LONG_PATIENTS" \
  -Dbench.soak="$SOAK_DURATION" -Dbench.clock-offset-ms="${OFFSET:-0}" -Dbench.pids="$PIDS" \
  -Dbench.profile="$PROFILE" -Dbench.out="$OUT" -Dbench.mint="$MINT" -Dbench.kafka="$KAFKA" \
  -Dbench.jvm="$JVM" -Dbench.args="${ARGS:+ $ARGS}") || die "the Gatling run failed (see above)"

if [[ -n $PROFILE ]]; then
  mkdir -p "$ROOT/tools/bench/docs"
  for html in "$OUT"/*.html; do
    [[ -e $html ]] && cp "$html" "$ROOT/tools/bench/docs/" && say "flame graph: tools/bench/docs/$(basename "$html")"
  done
fi
report=$(find "$OUT" -name index.html -path '*benchsimulation*' | head -1)
[[ -f $OUT/results.md ]] || die "the run ended without its table (see the lines above)"
say "results: $OUT/results.md"
[[ -z $report ]] || say "the Gatling report (charts): $report"
