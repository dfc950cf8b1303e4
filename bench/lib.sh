# Shared helpers for the benchmarks: start Tandem (demo data) on loopback, sign in, find its PostgreSQL.
# shellcheck shell=bash

now() { date +%s.%N; }

ensure_tools() {
  local missing=()
  for t in "$@"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build_jar() {
  [ -f target/tandem.jar ] || ./mvnw -B -q -DskipTests package
}

# start_tandem PORT DATADIR [extra args…]: demo data, embedded PostgreSQL; sets TANDEM_PID and PG_PORT.
# TANDEM_LAUNCH replaces "-jar target/tandem.jar" (bench/enrolment-ceiling adds a class to the app).
start_tandem() {
  local port=$1 data=$2; shift 2
  # shellcheck disable=SC2086 # TANDEM_LAUNCH is a list of java arguments
  SERVER_PORT=$port TANDEM_DATA_DIR=$data java -Xmx1g ${TANDEM_LAUNCH:--jar target/tandem.jar} --spring.profiles.active=demo "$@" \
    > "$data.log" 2>&1 &
  TANDEM_PID=$!
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' \
       && grep -q "Seeded the demo organisation\|Started TandemApplication" "$data.log"; then
      sleep 2
      PG_PORT=$(grep -o "Embedded PostgreSQL ready on port [0-9]*" "$data.log" | awk '{print $NF}')
      return 0
    fi
    kill -0 "$TANDEM_PID" 2>/dev/null || { tail -30 "$data.log" >&2; return 1; }
    sleep 0.1
  done
  echo "Tandem did not start" >&2; return 1
}

stop_tandem() {
  [ -n "${TANDEM_PID:-}" ] || return 0
  kill "$TANDEM_PID" 2>/dev/null || true
  for _ in $(seq 1 400); do kill -0 "$TANDEM_PID" 2>/dev/null || break; sleep 0.05; done
  TANDEM_PID=""
}

# sign_in PORT USER JAR: leaves a session and a CSRF token in the cookie jar; prints "SESSION XSRF"
sign_in() {
  local port=$1 user=$2 jar=$3
  curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" > /dev/null
  local token; token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$user&password=tandem-demo-pass&_csrf=$token" \
    "http://127.0.0.1:$port/login"
  curl -s -c "$jar" -b "$jar" -o /dev/null "http://127.0.0.1:$port/api/v1/me"
  echo "$(awk '$6 == "SESSION" {print $7}' "$jar") $(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")"
}

psql_tandem() { psql -X -q -t -A -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"; }

# with_ceiling_app DIR SOURCE…: compiles bench-only endpoints next to the packaged app (into DIR) and
# has start_tandem launch the app with them (TANDEM_LAUNCH), so a bench can measure the stack's own
# ceiling for its requests in the same run.
with_ceiling_app() {
  local dir=$1; shift
  unzip -q -o target/tandem.jar -d "$dir/app"
  javac -parameters -proc:none -cp "$dir/app/BOOT-INF/classes:$dir/app/BOOT-INF/lib/*" -d "$dir/classes" "$@"
  TANDEM_LAUNCH="-Dloader.path=$dir/classes -cp target/tandem.jar org.springframework.boot.loader.launch.PropertiesLauncher"
  export TANDEM_LAUNCH
}

# ceiling_figure RPS / ceiling_ratio RPS CEILING: the last line's ceiling= and ceiling_ratio= ("n/a" when BENCH_CEILING=0).
ceiling_figure() { if [ "$(echo "$1 > 0" | bc -l)" = 1 ]; then printf '%.0f/s' "$1"; else echo n/a; fi; }
ceiling_ratio() { if [ "$(echo "$2 > 0" | bc -l)" = 1 ]; then printf '%.2f' "$(echo "$1 / $2" | bc -l)"; else echo n/a; fi; }
