#!/usr/bin/env bash
# Runs the whole Fokus test suite (Fokus.slnx) on a fresh Debian machine.
#
#   ./test.sh [extra dotnet test args...]
#
# What it does:
#   1. Finds PostgreSQL server binaries (initdb, pg_ctl) and chromium; as root it
#      apt-installs whatever is missing (postgresql, chromium, fonts-dejavu-core).
#   2. Starts a throwaway PostgreSQL server in a mktemp folder on a free
#      127.0.0.1 port (as the `postgres` user when run as root).
#   3. Installs axe-core from npm; exports FOKUS_TEST_POSTGRES (Npgsql connection
#      string), FOKUS_TEST_CHROMIUM and FOKUS_TEST_AXE (axe.min.js) for the tests.
#   4. Runs `dotnet test Fokus.slnx -c Release`, prints the totals as one line
#      `N passed, N failed, N skipped` and exits with dotnet test's exit code
#      (1 if no test ran at all).
#   5. Always stops the server and deletes the temp folder on exit.
# Environment knobs:
#   FOKUS_TEST_SH_DRY=1   do everything except `dotnet test`; instead run
#                         `psql ... -c 'select version()'` against the server
#                         (extra args, if given, replace `-c 'select version()'`).
#   FOKUS_TEST_SH_KEEP=1  do not delete the temp folder (server is still stopped).
#   FOKUS_TEST_CHROMIUM   if already set to an executable, it is used as is.
set -euo pipefail

log() { printf 'test.sh: %s\n' "$*"; }
err() { printf 'test.sh: ERROR: %s\n' "$*" >&2; }

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IS_ROOT=0
[[ "$(id -u)" == "0" ]] && IS_ROOT=1

# ---------------------------------------------------------------------------
# 1. Dependencies
# ---------------------------------------------------------------------------
INITDB="" PG_CTL="" PG_ISREADY="" PSQL="" PG_BIN="" CHROMIUM=""

find_postgres() {
    INITDB="" PG_CTL="" PG_BIN=""
    local initdb_on_path dir
    if initdb_on_path="$(command -v initdb 2>/dev/null)" && command -v pg_ctl >/dev/null 2>&1; then
        # Prefer the real bin dir behind a symlink so that pg_ctl/postgres/pg_isready match.
        dir="$(dirname "$(readlink -f "$initdb_on_path")")"
        if [[ -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            PG_BIN="$dir"
        else
            INITDB="$initdb_on_path"
            PG_CTL="$(command -v pg_ctl)"
            PG_BIN="$(dirname "$(readlink -f "$PG_CTL")")"
        fi
    else
        # Newest /usr/lib/postgresql/<version>/bin that has the server binaries.
        local candidate
        while IFS= read -r candidate; do
            if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
                PG_BIN="$candidate"
                break
            fi
        done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV)
    fi
    [[ -n "$PG_BIN" ]] || return 1
    [[ -n "$INITDB" ]] || INITDB="$PG_BIN/initdb"
    [[ -n "$PG_CTL" ]] || PG_CTL="$PG_BIN/pg_ctl"
    [[ -x "$INITDB" && -x "$PG_CTL" ]]
}

find_chromium() {
    CHROMIUM=""
    if [[ -n "${FOKUS_TEST_CHROMIUM:-}" && -x "${FOKUS_TEST_CHROMIUM}" ]]; then
        CHROMIUM="$FOKUS_TEST_CHROMIUM"
    else
        CHROMIUM="$(command -v chromium 2>/dev/null || true)"
    fi
    [[ -n "$CHROMIUM" ]]
}

pkg_installed() {
    command -v dpkg-query >/dev/null 2>&1 &&
        [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# apt-get with waiting for the dpkg/apt locks (someone else may be installing).
apt_retry() {
    local attempt
    for attempt in $(seq 1 30); do
        if DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 "$@" </dev/null; then
            return 0
        fi
        log "apt-get $1 failed (attempt $attempt/30; apt may be locked by another process), retrying in 10s"
        sleep 10
    done
    return 1
}

ensure_dependencies() {
    local have_pg=1 have_chromium=1
    find_postgres || have_pg=0
    find_chromium || have_chromium=0

    if [[ $have_pg == 0 || $have_chromium == 0 ]] && [[ $IS_ROOT == 1 ]] && command -v apt-get >/dev/null 2>&1; then
        local pkgs=()
        [[ $have_pg == 1 ]] || pkgs+=(postgresql)
        [[ $have_chromium == 1 ]] || pkgs+=(chromium)
        pkg_installed fonts-dejavu-core || pkgs+=(fonts-dejavu-core)
        log "installing missing packages: ${pkgs[*]}"
        apt_retry update || err "apt-get update failed"
        apt_retry install -y "${pkgs[@]}" || err "apt-get install ${pkgs[*]} failed"
        have_pg=1 have_chromium=1
        find_postgres || have_pg=0
        find_chromium || have_chromium=0
    fi

    local missing=()
    [[ $have_pg == 1 ]] || missing+=("PostgreSQL server binaries (initdb, pg_ctl; Debian package 'postgresql')")
    [[ $have_chromium == 1 ]] || missing+=("chromium (Debian package 'chromium')")
    if ((${#missing[@]})); then
        local m
        for m in "${missing[@]}"; do err "missing: $m"; done
        if [[ "${CI:-}" == "true" ]]; then
            err "CI=true: the test suite needs these; refusing to skip tests."
        elif [[ $IS_ROOT == 0 ]]; then
            err "run as root to auto-install them, or: sudo apt-get install -y postgresql chromium fonts-dejavu-core"
        else
            err "automatic installation did not provide them; install them manually."
        fi
        exit 1
    fi

    # Client tools: prefer the ones next to the server binaries.
    PG_ISREADY="$PG_BIN/pg_isready"
    [[ -x "$PG_ISREADY" ]] || PG_ISREADY="$(command -v pg_isready 2>/dev/null || true)"
    PSQL="$PG_BIN/psql"
    [[ -x "$PSQL" ]] || PSQL="$(command -v psql 2>/dev/null || true)"

    log "PostgreSQL: $PG_BIN ($("$PG_CTL" --version 2>/dev/null || echo 'unknown version'))"
    log "chromium:   $CHROMIUM"
}

# ---------------------------------------------------------------------------
# 2. Throwaway PostgreSQL server
# ---------------------------------------------------------------------------
PGTMP="" PGDATA_DIR="" PGLOG="" PGPORT_CHOSEN="" TEST_LOG="" PG_STARTED=0

# Runs a PostgreSQL binary as the server user (postgres when we are root).
as_pg() {
    if [[ $IS_ROOT == 1 ]]; then
        if command -v runuser >/dev/null 2>&1; then
            (cd "$PGTMP" && runuser -u postgres -- "$@")
        else
            (cd "$PGTMP" && su -s /bin/sh postgres -c "$(printf '%q ' "$@")")
        fi
    else
        "$@"
    fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    stop_test_run
    if [[ -n "$PGTMP" && -d "$PGTMP" ]]; then
        if [[ $rc != 0 && -s "$PGLOG" ]]; then
            printf 'test.sh: run failed (exit %s); last 30 lines of the PostgreSQL log (%s):\n' "$rc" "$PGLOG" >&2
            tail -n 30 "$PGLOG" | sed 's/^/  | /' >&2
        fi
        if [[ -f "$PGDATA_DIR/postmaster.pid" ]]; then
            log "stopping PostgreSQL"
            as_pg "$PG_CTL" stop -D "$PGDATA_DIR" -m immediate -w -t 30 >/dev/null 2>&1
            if [[ -f "$PGDATA_DIR/postmaster.pid" ]]; then
                # pg_ctl could not stop it: kill our postmaster (pid from its own pid file).
                local pid
                pid="$(head -n 1 "$PGDATA_DIR/postmaster.pid" 2>/dev/null)"
                if [[ "$pid" =~ ^[0-9]+$ ]]; then
                    kill -QUIT "$pid" 2>/dev/null
                    sleep 1
                    kill -KILL "$pid" 2>/dev/null
                fi
            fi
        fi
        if [[ "${FOKUS_TEST_SH_KEEP:-}" == "1" ]]; then
            log "keeping temp folder $PGTMP (FOKUS_TEST_SH_KEEP=1)"
        else
            rm -rf "$PGTMP"
        fi
    fi
    exit "$rc"
}

port_in_use() {
    local port=$1
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        return 0
    fi
    if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
        return 0
    fi
    return 1
}

pick_port() {
    local start=$((20000 + RANDOM % 20001)) i port
    for ((i = 0; i < 500; i++)); do
        port=$((20000 + (start - 20000 + i) % 20001))
        if ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

start_postgres() {
    PGTMP="$(mktemp -d "${TMPDIR:-/tmp}/fokus-test.XXXXXX")"
    PGDATA_DIR="$PGTMP/data"
    PGLOG="$PGTMP/postgresql.log"
    TEST_LOG="$PGTMP/dotnet-test.log"

    if [[ $IS_ROOT == 1 ]]; then
        if ! id -u postgres >/dev/null 2>&1; then
            log "creating system user 'postgres'"
            useradd --system --user-group --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin postgres
        fi
        chown postgres: "$PGTMP"
    fi

    log "initdb in $PGDATA_DIR"
    if ! as_pg "$INITDB" -D "$PGDATA_DIR" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 \
        >"$PGTMP/initdb.log" 2>&1; then
        err "initdb failed:"
        cat "$PGTMP/initdb.log" >&2
        exit 1
    fi

    # Settings go into postgresql.conf (no shell quoting issues with paths).
    cat >>"$PGDATA_DIR/postgresql.conf" <<EOF

# --- added by test.sh (throwaway test server) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGTMP'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 128MB
EOF

    local attempt port
    for attempt in 1 2 3 4 5; do
        port="$(pick_port)" || { err "no free TCP port found in 20000-40000"; exit 1; }
        log "starting PostgreSQL on 127.0.0.1:$port"
        if as_pg "$PG_CTL" start -D "$PGDATA_DIR" -l "$PGLOG" -w -t 60 -o "-p $port" >/dev/null 2>&1; then
            PGPORT_CHOSEN="$port"
            break
        fi
        if grep -qiE 'could not (bind|create listen socket)|address already in use' "$PGLOG" 2>/dev/null; then
            log "port $port was taken, trying another one"
            continue
        fi
        err "pg_ctl start failed (see PostgreSQL log below)"
        exit 1
    done
    [[ -n "$PGPORT_CHOSEN" ]] || { err "could not start PostgreSQL"; exit 1; }

    local i ok=0
    for ((i = 0; i < 60; i++)); do
        if [[ -n "$PG_ISREADY" ]]; then
            "$PG_ISREADY" -q -h 127.0.0.1 -p "$PGPORT_CHOSEN" -U postgres -d postgres && { ok=1; break; }
        elif [[ -n "$PSQL" ]]; then
            "$PSQL" -X -q -At "host=127.0.0.1 port=$PGPORT_CHOSEN user=postgres dbname=postgres" \
                -c 'select 1' >/dev/null 2>&1 && { ok=1; break; }
        else
            ok=1 # pg_ctl -w already waited for the server to accept connections
            break
        fi
        sleep 0.5
    done
    [[ $ok == 1 ]] || { err "PostgreSQL did not become ready on port $PGPORT_CHOSEN"; exit 1; }
    log "PostgreSQL is ready on 127.0.0.1:$PGPORT_CHOSEN"
}

# ---------------------------------------------------------------------------
# 5. Totals from the VSTest per-project summary lines, e.g.
#   Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: 1 s - X.dll (net10.0)
# Prints "passed failed skipped total projects".
# ---------------------------------------------------------------------------
sum_results() {
    local logfile=$1 line f p s t
    local passed=0 failed=0 skipped=0 total=0 projects=0
    while IFS= read -r line; do
        if [[ "$line" =~ Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+),[[:space:]]*Total:[[:space:]]*([0-9]+) ]]; then
            f=${BASH_REMATCH[1]} p=${BASH_REMATCH[2]} s=${BASH_REMATCH[3]} t=${BASH_REMATCH[4]}
            failed=$((failed + 10#$f)) passed=$((passed + 10#$p))
            skipped=$((skipped + 10#$s)) total=$((total + 10#$t))
            projects=$((projects + 1))
        fi
    done < <(sed -E 's/\x1b\[[0-9;?]*[A-Za-z]//g; s/\r//g' "$logfile" |
        grep -oE '(Passed|Failed|Skipped|Aborted)![[:space:]]+-[[:space:]]+Failed:[[:space:]]*[0-9]+,[[:space:]]*Passed:[[:space:]]*[0-9]+,[[:space:]]*Skipped:[[:space:]]*[0-9]+,[[:space:]]*Total:[[:space:]]*[0-9]+.*' |
        sort -u || true)
    echo "$passed $failed $skipped $total $projects"
}

# Runs "$@" in the repo root with stdout+stderr tee'd to $TEST_LOG; returns the
# command's exit code (PIPESTATUS). It runs as a background job in its own process
# group so that a TERM/INT to test.sh is handled at once: cleanup() then stops the
# whole group (dotnet, test hosts, browsers) before stopping PostgreSQL.
TEST_PGID=""
run_logged() {
    set -m
    (
        set +e
        cd "$REPO_ROOT" && "$@" 2>&1 | tee "$TEST_LOG"
        exit "${PIPESTATUS[0]}"
    ) </dev/null &
    TEST_PGID=$!
    set +m
    local rc=0
    wait "$TEST_PGID" || rc=$?
    TEST_PGID=""
    return "$rc"
}

stop_test_run() {
    [[ -n "$TEST_PGID" ]] && kill -0 -- "-$TEST_PGID" 2>/dev/null || return 0
    log "stopping the running test command (process group $TEST_PGID)"
    kill -TERM -- "-$TEST_PGID" 2>/dev/null
    local i
    for ((i = 0; i < 20; i++)); do
        kill -0 -- "-$TEST_PGID" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -KILL -- "-$TEST_PGID" 2>/dev/null
    sleep 0.5
}

run_tests() {
    local rc=0
    if [[ "${FOKUS_TEST_SH_DRY:-}" == "1" ]]; then
        [[ -n "$PSQL" ]] || { err "dry run needs psql"; exit 1; }
        local args=("$@")
        ((${#args[@]})) || args=(-c 'select version()')
        log "DRY RUN (FOKUS_TEST_SH_DRY=1): psql ${args[*]}"
        run_logged "$PSQL" -X -v ON_ERROR_STOP=1 "host=127.0.0.1 port=$PGPORT_CHOSEN user=postgres dbname=postgres" \
            "${args[@]}" || rc=$?
        log "dry run finished with exit code $rc"
        return "$rc"
    fi

    command -v dotnet >/dev/null 2>&1 || { err "dotnet (the .NET 10 SDK) is not on PATH"; exit 1; }
    export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
    export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
    # Plain console output so the per-project VSTest summary lines can be parsed.
    export MSBUILDTERMINALLOGGER="${MSBUILDTERMINALLOGGER:-off}"
    # In CI, leave no MSBuild worker nodes behind after the run.
    [[ "${CI:-}" != "true" ]] || export MSBUILDDISABLENODEREUSE="${MSBUILDDISABLENODEREUSE:-1}"

    log "running: dotnet test Fokus.slnx -c Release $*"
    run_logged dotnet test Fokus.slnx -c Release "$@" || rc=$?
    log "dotnet test exited with code $rc"

    local passed failed skipped total projects
    read -r passed failed skipped total projects < <(sum_results "$TEST_LOG")
    log "totals over $projects test project run(s):"
    echo "$passed passed, $failed failed, $skipped skipped"
    if ((total == 0)); then
        err "no test ran at all (no VSTest summary lines with tests found in the output)"
        return 1
    fi
    if ((rc == 0 && failed > 0)); then
        err "dotnet test exited 0 but $failed test(s) failed"
        return 1
    fi
    return "$rc"
}

main() {
    log "repo: $REPO_ROOT"
    ensure_dependencies

    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    start_postgres

    export FOKUS_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT_CHOSEN;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
    export FOKUS_TEST_CHROMIUM="$CHROMIUM"
    # axe-core from npm for the browser tests' accessibility scans.
    FOKUS_TEST_AXE="$("$REPO_ROOT/tests/Fokus.Browser.Tests/axe/install.sh")" || { err "could not install axe-core from npm"; exit 1; }
    export FOKUS_TEST_AXE
    log "FOKUS_TEST_POSTGRES=$FOKUS_TEST_POSTGRES FOKUS_TEST_CHROMIUM=$FOKUS_TEST_CHROMIUM FOKUS_TEST_AXE=$FOKUS_TEST_AXE"

    local rc=0
    run_tests "$@" || rc=$?
    exit "$rc"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
