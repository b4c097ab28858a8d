#!/usr/bin/env bash
# ./unknot demo [--fresh]: the care journey of issue 12 against the running local stack, through the REST APIs only.
# Time moves with ./unknot clock advance (never sleep for clinical time); every outcome is polled with a timeout.
# Exits non-zero when a step's outcome is wrong. Steps not implemented yet are reported as NOT DONE, never faked.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${UNKNOT_STATE:-"$ROOT/.unknot"}
DEMO="$STATE/demo"
UNKNOT="$ROOT/unknot"
INTAKE=http://127.0.0.1:8081/api/v1 PLAN=http://127.0.0.1:8082/api/v1
DIARY=http://127.0.0.1:8083/api/v1 NOTIF=http://127.0.0.1:8084/api/v1
POLL_TIMEOUT=${UNKNOT_DEMO_TIMEOUT:-60}
ZONE=${UNKNOT_DEMO_ZONE:-Europe/Berlin} # the patients' and the therapist's time zone

if [[ -t 1 ]]; then B=$'\e[1m' R=$'\e[31m' G=$'\e[32m' Y=$'\e[33m' N=$'\e[0m'; else B='' R='' G='' Y='' N=''; fi
FAILURES=0 NOT_DONE=0
step()  { printf '\n%s\n' "${B}== $*${N}"; }
ok()    { printf '  %s %s\n' "${G}ok${N}" "$*"; }
info()  { printf '     %s\n' "$*"; }
fail()  { printf '  %s %s\n' "${R}FAIL${N}" "$*"; FAILURES=$((FAILURES + 1)); }
notdone() { printf '  %s %s\n' "${Y}NOT DONE${N}" "$*"; NOT_DONE=$((NOT_DONE + 1)); }
abort() { fail "$*"; summary; exit 1; }

# ------------------------------------------------------------------------------------------------ HTTP

# call <method> <url> <token> [json body] [extra header...]: sets STATUS, BODY, ETAG
call() {
  local method=$1 url=$2 token=$3 body=${4:-} args=() out
  shift 4 2>/dev/null || shift $#
  args=(-sS -X "$method" -H "Authorization: Bearer $token" -H 'Accept: application/json, application/problem+json'
        -D "$DEMO/headers" -o "$DEMO/body" -w '%{http_code}')
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  local h; for h in "$@"; do args+=(-H "$h"); done
  out=$(curl "${args[@]}" "$url") || out=000
  STATUS=$out BODY=$(cat "$DEMO/body" 2>/dev/null)
  ETAG=$(grep -i '^etag:' "$DEMO/headers" | tail -1 | cut -d' ' -f2- | tr -d '\r')
}

# expect <status...> <what>: the last call answered one of the statuses, else the step fails with the problem
expect() {
  local what=${*: -1} s
  for s in "${@:1:$#-1}"; do [[ $STATUS == "$s" ]] && return 0; done
  fail "$what: HTTP $STATUS (expected ${*:1:$#-1}): $(jq -c '{title,detail,violations}' <<<"$BODY" 2>/dev/null || echo "$BODY" | head -c 300)"
  return 1
}

# poll <description> <command...>: runs the command every 0.5 s until it succeeds or POLL_TIMEOUT passes
poll() {
  local what=$1 deadline=$((SECONDS + POLL_TIMEOUT)); shift
  until "$@"; do
    if ((SECONDS > deadline)); then fail "$what: not within ${POLL_TIMEOUT} s"; return 1; fi
    sleep 0.5
  done
}

token() { "$UNKNOT" token "$@" 2>/dev/null; }
clock_advance() { "$UNKNOT" clock advance "$1" 2>/dev/null; }
clock_set_at() { # clock_set_at <ISO instant> <seconds after it>: the stack's clock there (forward only)
  "$UNKNOT" clock set "$(date -u -d "@$(( $(date -d "$1" +%s) + $2 ))" +%FT%TZ)" 2>/dev/null
}
now_iso() { "$UNKNOT" clock now; }
local_date() { TZ=$ZONE date -d "$(now_iso) ${1:-+0 days}" +%F; } # local_date [+N days]: the patient's local date

# ------------------------------------------------------------------------------------------------ receiver

RECEIVER_PID=''
start_receiver() {
  local port
  port=$(( (RANDOM % 2000) + 18000 ))
  : >"$DEMO/received"; rm -f "$DEMO/secret"
  java "$ROOT/tools/demo/WebhookReceiver.java" "$port" "$DEMO/secret" "$DEMO/received" >"$DEMO/receiver.log" 2>&1 &
  RECEIVER_PID=$!
  RECEIVER_URL="http://127.0.0.1:$port/partner/webhooks"
  local deadline=$((SECONDS + 30))
  until grep -q 'receiver on' "$DEMO/receiver.log" 2>/dev/null; do
    kill -0 "$RECEIVER_PID" 2>/dev/null || abort "the webhook receiver did not start: $(cat "$DEMO/receiver.log")"
    ((SECONDS > deadline)) && abort "the webhook receiver did not start within 30 s"
    sleep 0.3
  done
}
stop_receiver() { [[ -n $RECEIVER_PID ]] && kill "$RECEIVER_PID" 2>/dev/null; RECEIVER_PID=''; }
trap stop_receiver EXIT

# received <type> <patient id>: a verified webhook of that type for that patient arrived
received() { grep '^verified ' "$DEMO/received" | cut -d' ' -f3- | jq -se --arg t "$1" --arg p "$2" \
  'any(.[]; .type == $t and .data.patientId == $p)' >/dev/null 2>&1; }
received_phase() { grep '^verified ' "$DEMO/received" | cut -d' ' -f3- | jq -se --arg p "$1" --arg ph "$2" \
  'any(.[]; .type == "plan.phase-changed" and .data.patientId == $p and .data.phase == $ph)' >/dev/null 2>&1; }

# ------------------------------------------------------------------------------------------------ journey parts

source "$ROOT/tools/demo/journey.sh"

summary() {
  step "Summary"
  if [[ -f $DEMO/received ]]; then
    info "webhooks received: $(grep -c '^verified ' "$DEMO/received") verified, $(grep -vc '^verified ' "$DEMO/received") rejected"
    grep -q '^REJECTED' "$DEMO/received" && fail "the receiver rejected webhooks: $(grep '^REJECTED' "$DEMO/received" | cut -d' ' -f1-2 | sort -u | tr '\n' ' ')"
    grep '^verified ' "$DEMO/received" | cut -d' ' -f3- | jq -r '"       \(.timestamp) \(.type) \(.data | del(.patientId) | tostring)"' 2>/dev/null
  fi
  if [[ -n ${P1:-} ]]; then
    call GET "$NOTIF/patients/$P1/notifications?limit=100" "$(token patient "$P1")"
    [[ $STATUS == 200 ]] && info "reminders in the first patient's inbox: $(jq -r '[.items[].template] | group_by(.)
      | map("\(.[0]) x\(length)") | join(", ")' <<<"$BODY")"
  fi
  info "duration: $((SECONDS - BEGIN)) s; clock now $(now_iso)"
  if ((FAILURES > 0)); then
    printf '%s\n' "${R}${B}demo: $FAILURES check(s) failed${N}, $NOT_DONE step(s) not done"
  elif ((NOT_DONE > 0)); then
    printf '%s\n' "${Y}${B}demo: every check passed; $NOT_DONE step(s) NOT DONE yet${N}"
  else
    printf '%s\n' "${G}${B}demo: the whole journey passed${N}"
  fi
}

main() {
  local fresh=false arg
  for arg in "$@"; do
    case $arg in --fresh) fresh=true ;; *) echo "usage: ./unknot demo [--fresh]" >&2; exit 2 ;; esac
  done
  for arg in curl jq openssl java; do command -v $arg >/dev/null || { echo "demo: $arg is needed" >&2; exit 2; }; done
  if $fresh || ! "$UNKNOT" status >/dev/null 2>&1; then
    local up=(up --detach); $fresh && up+=(--fresh)
    "$UNKNOT" "${up[@]}" || { echo "demo: the stack did not start (./unknot ${up[*]})" >&2; exit 1; }
  fi
  mkdir -p "$DEMO"
  BEGIN=$SECONDS
  journey
  summary
  ((FAILURES == 0))
}

main "$@"
