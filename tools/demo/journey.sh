# The journey of issue 12, sourced by demo.sh (its helpers: call, expect, poll, ok, fail, info, notdone, ...).

PARTNER_SUBJECT=demo-clinic
THERAPIST_SUBJECT=demo-therapist-$(date +%s)   # a therapist of its own per run: a rerun books the same hours

# intake_answers <jq filter>: the questionnaire of a patient with neck and jaw involvement and tension-type features
intake_answers() {
  jq -c "$1" <<'JSON'
{"history":{"headacheDaysPerMonth":[12,14,14],
  "kinds":[{"side":"BOTH_SIDES","character":"PRESSING","typicalPeakNrs":5,"typicalDuration":"FROM_30_MINUTES_TO_4_HOURS",
    "aggravatedByRoutineActivity":false,"nausea":false,"vomiting":false,"photophobia":true,"phonophobia":false,"aura":false}],
  "locations":["BACK_OF_HEAD","TEMPLES"],"muscleInvolvement":{"neck":true,"jaw":true,"upperBack":false,"scalp":false},
  "triggers":["STRESS","POSTURE"],"ageAtOnset":28},
 "medication":{"simpleAnalgesicDays":6,"triptanDays":0,"ergotDays":0,"opioidDays":0,"combinationDays":0,"anyMedicationDays":6},
 "hit6":["SOMETIMES","SOMETIMES","RARELY","VERY_OFTEN","SOMETIMES","RARELY"],
 "midas":{"missedWorkOrSchoolDays":2,"reducedWorkOrSchoolDays":4,"missedHouseworkDays":1,"reducedHouseworkDays":3,
   "missedSocialDays":2,"headacheDays":40,"averagePain":5},
 "redFlags":{"suddenSevereOnset":false,"newNeurologicalSymptoms":false,"feverOrSystemicIllness":false,
   "painfulRedEyeWithAutonomicFeatures":false,"recentOnsetOrChangedPattern":false,"changesWithPosture":false,
   "precipitatedByCoughSneezeOrExertion":false,"afterHeadOrNeckTrauma":false,"historyOfCancer":false,
   "immunosuppressed":false,"pregnantOrPostpartum":false,"newDrugAtOnset":false},
 "contraindications":{"activeCancerInTreatmentArea":false,"oncologyClearance":false,"activeBloodClot":false,
   "knownAneurysm":false,"recentFractureRegions":[],"infectionOrSkinConditionRegions":[],"severeOsteoporosis":false,
   "uncontrolledHighBloodPressure":false,"anticoagulantTherapy":false,"dizzinessWithNeckMovement":false},
 "goals":"Fewer headache days"}
JSON
}

HEADACHE_DAY='{"headache":true,"episodes":[{"start":"15:00","durationMinutes":180,"peakNrs":5,"features":["PHOTOPHOBIA"]}],"medications":[],"redFlags":[]}'
FREE_DAY='{"headache":false,"episodes":[],"medications":[],"redFlags":[]}'

# refer <given name>: the partner refers a new patient; sets PATIENT, REFERRAL
refer() {
  call POST "$INTAKE/referrals" "$PARTNER_TOKEN" "$(jq -nc --arg g "$1" --arg z "$ZONE" \
    '{patient:{givenName:$g,familyName:"Demo",dateOfBirth:"1986-04-12",email:"demo@example.org",timeZone:$z,
      locale:"en-GB"},partnerReference:("DEMO-" + $g),reason:"Chronic headache with neck pain"}')"
  expect 201 "refer $1" || return 1
  PATIENT=$(jq -r .patientId <<<"$BODY") REFERRAL=$(jq -r .id <<<"$BODY")
  ok "partner referred $1: patient $PATIENT, referral $REFERRAL"
}

# submit_intake <answers json>: the therapist submits on the patient's behalf; sets INTAKE_ID, OUTCOME, RULES
submit_intake() {
  call POST "$INTAKE/patients/$PATIENT/intakes" "$THERAPIST_TOKEN" "$1"
  expect 201 "submit intake" || return 1
  INTAKE_ID=$(jq -r .id <<<"$BODY") OUTCOME=$(jq -r .outcome <<<"$BODY")
  RULES=$(jq -r '[.screening.rules[] | "\(.id)\(if .decisive then "*" else "" end)"] | join(" ")' <<<"$BODY")
  info "intake $INTAKE_ID screened $OUTCOME; rules (* decisive): ${RULES:-none}"
  info "profile: $(jq -c '.screening.profile | {phenotype, frequency}' <<<"$BODY"), areas: $(jq -c .screening.treatmentAreas <<<"$BODY")"
}

review_accept() {
  call GET "$INTAKE/intakes/$INTAKE_ID" "$THERAPIST_TOKEN"; expect 200 "read intake" || return 1
  call POST "$INTAKE/intakes/$INTAKE_ID/review" "$THERAPIST_TOKEN" '{"decision":"ACCEPT"}' "If-Match: $ETAG"
  expect 200 "review intake" || return 1
  ok "therapist reviewed intake $INTAKE_ID: outcome in force $(jq -r .outcome <<<"$BODY"), eligibleForPlan $(jq -r .eligibleForPlan <<<"$BODY")"
}

plan_of() { # plan_of <patient>: sets PLAN_ID and PLAN_JSON when plan-service has a plan for the patient
  call GET "$PLAN/plans?patientId=$1" "$THERAPIST_TOKEN"
  [[ $STATUS == 200 ]] || return 1
  PLAN_ID=$(jq -r '.items[0].id // empty' <<<"$BODY")
  [[ -n $PLAN_ID ]] || return 1
  call GET "$PLAN/plans/$PLAN_ID" "$THERAPIST_TOKEN"; [[ $STATUS == 200 ]] && PLAN_JSON=$BODY PLAN_ETAG=$ETAG
}

# ------------------------------------------------------------------------------------------------ steps

step1_partner_subscribes() {
  step "1. A partner clinic subscribes to webhooks with a local receiver that verifies every signature"
  PARTNER_TOKEN=$("$UNKNOT" token partner "$PARTNER_SUBJECT" 2>"$DEMO/partner")
  PARTNER_ID=$(grep -o 'partner_id [^,]*' "$DEMO/partner" | cut -d' ' -f2)
  THERAPIST_TOKEN=$(token therapist "$THERAPIST_SUBJECT") ADMIN_TOKEN=$(token admin)
  start_receiver
  call POST "$NOTIF/partners/$PARTNER_ID/webhooks" "$PARTNER_TOKEN" "$(jq -nc --arg u "$RECEIVER_URL" \
    '{url:$u,eventTypes:["referral.received","referral.urgent-required","intake.reviewed","plan.activated",
      "plan.phase-changed","plan.completed"],active:true}')"
  expect 201 "subscribe" || abort "no subscription, no partner journey"
  jq -r .secret <<<"$BODY" >"$DEMO/secret"
  ok "partner $PARTNER_ID subscribed $RECEIVER_URL (subscription $(jq -r .id <<<"$BODY"))"
  local forged
  forged=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$RECEIVER_URL" -H 'content-type: application/json' \
    -H 'webhook-id: msg_forged' -H "webhook-timestamp: $(date +%s)" \
    -H 'webhook-signature: v1,Zm9yZ2VkIHNpZ25hdHVyZSBvZiBub2JvZHkgYXQgYWxsIQ==' --data '{"type":"plan.completed"}')
  [[ $forged == 401 ]] && ok "the receiver refuses a forged signature (401)" || fail "a forged webhook got HTTP $forged"
  sed -i '/ msg_forged /d' "$DEMO/received"
}

step2_refer_screen_review_import() {
  step "2. Referral, intake ELIGIBLE, review, the paper diary of the month before"
  refer Ada || abort "no referral"
  P1=$PATIENT R1=$REFERRAL
  poll "webhook referral.received for $P1" received referral.received "$P1" && ok "partner received referral.received (verified)"
  submit_intake "$(intake_answers .)" || abort "no intake"
  [[ $OUTCOME == ELIGIBLE ]] && ok "screened ELIGIBLE" || fail "screened $OUTCOME, expected ELIGIBLE"
  review_accept || abort "no review"
  poll "webhook intake.reviewed for $P1" received intake.reviewed "$P1" && ok "partner received intake.reviewed (verified)"
  # the month before: 14 headache days of 28 (every other day)
  local rows i date
  rows=$(for i in $(seq 28 -1 1); do
    date=$(local_date "-$i days")
    if ((i % 2 == 0)); then printf '{"date":"%s","entry":%s}\n' "$date" "$HEADACHE_DAY"
    else printf '{"date":"%s","entry":%s}\n' "$date" "$FREE_DAY"; fi
  done | jq -sc .)
  call POST "$DIARY/patients/$P1/diary-imports" "$THERAPIST_TOKEN" "{\"source\":\"PAPER\",\"entries\":$rows}"
  expect 200 201 "import the paper diary" && ok "paper diary imported: $(jq -c 'del(.skippedExisting)' <<<"$BODY" | head -c 200)"
}

step3_plan_activate_schedule() {
  step "3. plan-service drafts the plan; the therapist activates it and schedules 8 sessions; reminders follow"
  poll "a plan drafted for $P1" plan_of "$P1" || return 1
  ok "plan $PLAN_ID drafted: $(jq -c '{status, phase, careMode: .draft.careMode.value}' <<<"$PLAN_JSON")"
  info "its reasons: $(jq -r '[.. | objects | .reasons? // empty | .[]] | unique | join(" ")' <<<"$PLAN_JSON")"
  # the roster: this therapist, available every day 08:00-19:00
  call POST "$PLAN/therapists" "$ADMIN_TOKEN" "$(jq -nc --arg s "$THERAPIST_SUBJECT" --arg z "$ZONE" \
    '{subject:$s,name:"Demo Therapist",licence:{number:"PT-DEMO-1",licensingBody:"Demo board",expiresOn:"2099-12-31"},
      headachePatientsPerMonth:20,timeZone:$z}')"
  if [[ $STATUS == 409 ]]; then call GET "$PLAN/therapists/me" "$THERAPIST_TOKEN"; fi
  expect 200 201 "the therapist in the roster" || return 1
  THERAPIST_ID=$(jq -r .id <<<"$BODY")
  call GET "$PLAN/therapists/$THERAPIST_ID" "$ADMIN_TOKEN"
  call PUT "$PLAN/therapists/$THERAPIST_ID/availability" "$ADMIN_TOKEN" "$(jq -nc '{weekly: [
      "MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"] | map({day: ., start: "08:00", end: "19:00"}),
      timeOff: []}')" "If-Match: $ETAG"
  expect 200 "availability" || return 1
  call PUT "$PLAN/plans/$PLAN_ID/therapist" "$THERAPIST_TOKEN" "{\"therapistId\":\"$THERAPIST_ID\"}" "If-Match: $PLAN_ETAG"
  expect 200 "assign the therapist" || return 1
  call POST "$PLAN/plans/$PLAN_ID/activation" "$THERAPIST_TOKEN"
  expect 200 "activate" || return 1
  ok "plan activated: $(jq -c '{status, phase}' <<<"$BODY")"
  P1_TOKEN=$(token patient "$P1") # the patient logs today too: the baseline is the 28 days before session 1
  call PUT "$DIARY/patients/$P1/diary/$(local_date)" "$P1_TOKEN" "$(diary_of "$(local_date)")"
  expect 201 "today's diary entry" || return 1
  local n
  SESSIONS=() SESSION_STARTS=()
  for n in 1 2 3 4 5 6 7 8; do # every 4 days at 10:00 local from tomorrow: session 8 ends 28 days of treatment
    call POST "$PLAN/plans/$PLAN_ID/sessions" "$THERAPIST_TOKEN" \
      "{\"startsAt\":\"$(local_date "+$((1 + (n - 1) * 4)) days")T10:00:00\",\"durationMinutes\":45}"
    expect 201 "book session $n" || return 1
    SESSIONS+=("$(jq -r .id <<<"$BODY")")
    SESSION_STARTS+=("$(jq -r .startsAt <<<"$BODY")")
  done
  LAST_SESSION=$BODY
  ok "8 sessions booked: $(jq -r '"\(.number) \(.startsAt)"' <<<"$BODY" | head -1) (the last)"
  poll "webhook plan.activated for $P1" received plan.activated "$P1" && ok "partner received plan.activated (verified)"
  call GET "$INTAKE/referrals/$REFERRAL" "$PARTNER_TOKEN"
  expect 200 "referral status" && info "referral: $(jq -c '{status, outcome}' <<<"$BODY")"
  clock_set_at "${SESSION_STARTS[0]}" -5400 # 1.5 h before session 1: its 2 h reminder is due
  poll "the session reminder in the patient's inbox" inbox_has "$P1" session-reminder \
    && ok "the patient's inbox: $(jq -r '[.items[].template] | join(", ")' <<<"$BODY")"
}

inbox_count_at_least() { # inbox_count_at_least <patient> <template> <n>: the inbox holds n such messages or more
  call GET "$NOTIF/patients/$1/notifications?limit=100" "$(token patient "$1")"
  [[ $STATUS == 200 ]] && jq -e --arg t "$2" --argjson n "$3" '[.items[] | select(.template == $t)] | length >= $n' \
    <<<"$BODY" >/dev/null
}

on_call_has() { # on_call_has <patient>: an open alert about the patient in the on-call inbox; sets ON_CALL_ID, _ITEM
  call GET "$NOTIF/on-call/notifications?unacknowledged=true&limit=100" "$THERAPIST_TOKEN"
  [[ $STATUS == 200 ]] || return 1
  ON_CALL_ITEM=$(jq -c --arg p "$1" '[.items[] | select(.patientId == $p)][0] // empty' <<<"$BODY")
  ON_CALL_ID=$(jq -r '.id // empty' <<<"${ON_CALL_ITEM:-null}")
  [[ -n $ON_CALL_ID ]]
}

inbox_has() { # inbox_has <patient> [template prefix]: the patient's in-app inbox holds such a message
  call GET "$NOTIF/patients/$1/notifications?limit=100" "$(token patient "$1")"
  [[ $STATUS == 200 ]] && jq -e --arg t "${2:-}" '[.items[] | select(.template | startswith($t))] | length > 0' \
    <<<"$BODY" >/dev/null
}

# diary_of <local date>: one headache day in seven (from 14 of 28 before treatment to 4 of 28: over 50 % less)
diary_of() { (( ($(date -d "$1" +%s) / 86400) % 7 == 0 )) && echo "$HEADACHE_DAY" || echo "$FREE_DAY"; }

# checkpoint <kind> <decision>: the therapist sees the proposal and confirms it
checkpoint_of() { # checkpoint_of <kind>: sets CHECKPOINT when plan-service proposed one of that kind
  call GET "$PLAN/plans/$PLAN_ID/checkpoints" "$THERAPIST_TOKEN"
  [[ $STATUS == 200 ]] || return 1
  CHECKPOINT=$(jq -c --arg k "$1" '[(if type == "array" then . else .items end)[] | select(.kind == $k)] | last // empty' <<<"$BODY")
  [[ -n $CHECKPOINT ]]
}
checkpoint() {
  poll "a $1 checkpoint proposal" checkpoint_of "$1" || return 1
  local proposed
  proposed=$(jq -r .proposal.decision <<<"$CHECKPOINT")
  info "$1 proposal (revision $(jq -r .revision <<<"$CHECKPOINT")): $(jq -c '.proposal | {decision, metric, baselineKind, baselineValue, windowValue, reductionPercent, reviewReason}' <<<"$CHECKPOINT")"
  if [[ $proposed != "$2" ]]; then fail "$1 proposed $proposed, expected $2"; return 1; fi
  call POST "$PLAN/plans/$PLAN_ID/checkpoints/$(jq -r .id <<<"$CHECKPOINT")/decision" "$THERAPIST_TOKEN"     "{\"revision\":$(jq -r .revision <<<"$CHECKPOINT")}"
  expect 200 "confirm $1" && ok "$1: $2 proposed and confirmed"
}

step4_treatment() {
  step "4. 28 days of treatment, checkpoints after session 4 and at the end, TAPER"
  # day by day as the patient lives it: a session at 10:00 (recorded at 11:00), the diary at 20:30 local
  local n=1 day starts last
  last=$(TZ=$ZONE date -d "$(jq -r .startsAt <<<"$LAST_SESSION")" +%F)
  day=$(local_date)
  while [[ ! $day > $last ]]; do
    if ((n <= 8)) && [[ $(TZ=$ZONE date -d "${SESSION_STARTS[$((n - 1))]}" +%F) == "$day" ]]; then
      if ((n > 1)); then # 1.5 h before: the 2 h reminder (session 1's was checked in step 3)
        clock_set_at "${SESSION_STARTS[$((n - 1))]}" -5400
        poll "the 2 h reminder of session $n" inbox_count_at_least "$P1" session-reminder-2h "$n" || return 1
      fi
      clock_set_at "${SESSION_STARTS[$((n - 1))]}" 3600
      call POST "$PLAN/sessions/${SESSIONS[$((n - 1))]}/record" "$THERAPIST_TOKEN" '{"areas":["SUBOCCIPITALS",
        "UPPER_TRAPEZIUS"],"techniques":["SUSTAINED_PRESSURE_HOLDS","FASCIAL_STRETCHING"],"painBefore":5,"painAfter":3,
        "procedureCodes":["97140"]}'
      expect 200 201 "record session $n" || return 1
      info "session $n recorded ($day)"
      if ((n == 4)); then checkpoint SESSION_4 CONTINUE || return 1; fi
      n=$((n + 1))
    fi
    [[ $day == "$last" ]] && break # the window ends the day before the last session
    clock_set_at "$(TZ=$ZONE date -d "$day 20:30" --iso-8601=seconds)" 0
    call PUT "$DIARY/patients/$P1/diary/$day" "$P1_TOKEN" "$(diary_of "$day")"
    expect 200 201 "diary entry $day" || return 1
    if ((n > 1 && n <= 8)) && [[ $(TZ=$ZONE date -d "${SESSION_STARTS[$((n - 1))]} -1 day" +%F) == "$day" ]]; then
      # sessions 2-8 were booked more than 24 h ahead: their 24 h reminder came this morning
      poll "the 24 h reminder of session $n" inbox_count_at_least "$P1" session-reminder-24h $((n - 1)) || return 1
    fi
    day=$(date -d "$day +1 day" +%F)
  done
  ok "the session reminders of all 8 sessions reached the patient's inbox (24 h and 2 h before; session 1: 2 h only)"
  checkpoint PROGRAM_END TAPER || return 1
  call GET "$DIARY/patients/$P1/progress" "$THERAPIST_TOKEN"
  expect 200 "progress" && info "progress per window (headache days per 28): $(jq -r '"baseline \(.baseline.kind) \(.baseline.headacheDays)" + ([.checkpoints[]? | ", \(.kind) \(.window.normalised.headacheDays) (\(.window.headacheDaysResponderClass // "-"))"] | join(""))' <<<"$BODY")"
  poll "webhook plan.phase-changed TAPER for $P1" received_phase "$P1" TAPER \
    && ok "partner received plan.phase-changed TAPER (verified)"
  step4_taper_and_discharge
}

# the maintenance sessions plan-service proposed (2, 4 and 4 weeks apart), booked as proposed; the last one discharges
step4_taper_and_discharge() {
  call GET "$PLAN/plans/$PLAN_ID" "$THERAPIST_TOKEN"; expect 200 "read the plan" || return 1
  local proposed start session n=8
  proposed=$(jq -r '.proposedSessions[]' <<<"$BODY")
  info "taper: maintenance sessions proposed at $(tr '\n' ' ' <<<"$proposed")"
  for start in $proposed; do
    n=$((n + 1))
    call POST "$PLAN/plans/$PLAN_ID/sessions" "$THERAPIST_TOKEN" "{\"startsAt\":\"$start\",\"durationMinutes\":45}"
    expect 201 "book maintenance session $n" || return 1
    session=$(jq -r .id <<<"$BODY")
    clock_set_at "$(jq -r .startsAt <<<"$BODY")" 3600
    call POST "$PLAN/sessions/$session/record" "$THERAPIST_TOKEN" '{"areas":["SUBOCCIPITALS"],
      "techniques":["SUSTAINED_PRESSURE_HOLDS"],"painBefore":2,"painAfter":1,"procedureCodes":["97140"]}'
    expect 200 201 "record maintenance session $n" || return 1
    info "maintenance session $(jq -r .number <<<"$BODY") recorded ($start)"
  done
  call GET "$PLAN/plans/$PLAN_ID" "$THERAPIST_TOKEN"
  [[ $(jq -r .status <<<"$BODY") == DISCHARGED ]] && ok "plan completed: $(jq -c '{status, phase, endReason}' <<<"$BODY")" \
    || fail "after the last maintenance session the plan is $(jq -c '{status, phase, endReason}' <<<"$BODY")"
  poll "webhook plan.completed for $P1" received plan.completed "$P1" && ok "partner received plan.completed (verified)"
  poll "the referral DISCHARGED" referral_is DISCHARGED && ok "referral: $(jq -c '{status, outcome}' <<<"$BODY")"
}

referral_is() { call GET "$INTAKE/referrals/$R1" "$PARTNER_TOKEN"; [[ $(jq -r .status <<<"$BODY") == "$1" ]]; }

step5_urgent() {
  step "5. A second patient with thunderclap onset: URGENT_REFERRAL"
  refer Ben || return 1
  P2=$PATIENT
  submit_intake "$(intake_answers '.redFlags.suddenSevereOnset = true')" || return 1
  [[ $OUTCOME == URGENT_REFERRAL ]] && ok "screened URGENT_REFERRAL" || fail "screened $OUTCOME, expected URGENT_REFERRAL"
  poll "webhook referral.urgent-required for $P2" received referral.urgent-required "$P2" \
    && ok "partner received referral.urgent-required (verified; ids and status only: $(grep '^verified ' "$DEMO/received" | cut -d' ' -f3- | jq -c --arg p "$P2" 'select(.type == "referral.urgent-required" and .data.patientId == $p) | .data | keys' | head -1))"
  poll "the urgent message in the patient's inbox" inbox_has "$P2" urgent-referral && ok "urgent message in the patient's inbox"
  # no plan, so no treating therapist: the alert goes to the clinic's on-call inbox, which any therapist reads
  poll "the urgent alert in the clinic's on-call inbox" on_call_has "$P2" \
    && ok "urgent alert in the on-call inbox (no treating therapist): $(jq -c '{kind, title, createdAt}' <<<"$ON_CALL_ITEM")"
  if [[ -n ${ON_CALL_ID:-} ]]; then
    call POST "$NOTIF/on-call/notifications/$ON_CALL_ID/acknowledge" "$THERAPIST_TOKEN"
    expect 200 "acknowledge the on-call alert" \
      && [[ $(jq -r .acknowledgedBy <<<"$BODY") == "$THERAPIST_SUBJECT" ]] \
      && ok "therapist $THERAPIST_SUBJECT acknowledged it at $(jq -r .acknowledgedAt <<<"$BODY")" \
      || fail "the on-call alert's acknowledgement: $BODY"
  fi
  call GET "$INTAKE/referrals/$REFERRAL" "$PARTNER_TOKEN"
  expect 200 "referral status" && info "referral: $(jq -c '{status, outcome}' <<<"$BODY")"
  plan_of "$P2" && fail "a plan exists for the urgent patient: $PLAN_ID" || ok "no plan for the urgent patient"
}

step6_precautions() {
  step "6. A third patient with uncontrolled blood pressure: ELIGIBLE_WITH_PRECAUTIONS, no intense techniques"
  refer Cleo || return 1
  P3=$PATIENT
  submit_intake "$(intake_answers '.contraindications.uncontrolledHighBloodPressure = true')" || return 1
  [[ $OUTCOME == ELIGIBLE_WITH_PRECAUTIONS && $RULES == *PR-BP* ]] && ok "screened ELIGIBLE_WITH_PRECAUTIONS with PR-BP" \
    || fail "screened $OUTCOME ($RULES), expected ELIGIBLE_WITH_PRECAUTIONS with PR-BP"
  review_accept || return 1
  poll "a plan drafted for $P3" plan_of "$P3" || return 1
  local techniques
  techniques=$(jq -c '[.draft.techniques[]? | "\(.technique // .name):\(.intensity // .status // .mode)"]' <<<"$PLAN_JSON")
  info "plan $PLAN_ID drafted; techniques: $techniques"
  jq -e '[.draft.techniques[] | select((.technique // .name) == "TRIGGER_POINT_RELEASE")] | all(.[]; (.intensity // .status // .mode) == "REMOVED")' \
    <<<"$PLAN_JSON" >/dev/null && [[ $techniques == *TRIGGER_POINT_RELEASE:REMOVED* ]] \
    && ok "no intense techniques: trigger-point release removed, holds and stretching gentle (PR-BP)" \
    || fail "the plan of a PR-BP patient keeps intense techniques: $techniques"
}

journey() {
  step1_partner_subscribes
  step2_refer_screen_review_import
  step3_plan_activate_schedule
  step4_treatment
  step5_urgent
  step6_precautions
}
