#!/usr/bin/env bash
# Measures how fast onrecord ingests through NATS JetStream with 1, 2 and 4 worker
# processes on this machine against one PostgreSQL database: for each count, a fresh
# NATS server and a fresh schema, the corpus enqueued, then the workers started and timed
# until every article is stored.
#
#   docs/scale.sh CORPUS [WORKER-COUNTS...]       e.g. docs/scale.sh /tmp/bbc4 1 2 4
#
# Needs nats-server on $PATH (go install github.com/nats-io/nats-server/v2@v2.15.2) and
# $ONRECORD_PG, the address of a PostgreSQL database in which the script may create and
# drop schemas (e.g. postgres://onrecord:onrecord@127.0.0.1:5432/onrecord?sslmode=disable).
set -euo pipefail
corpus=${1:?give the corpus folder}
shift
counts=("${@:-1 2 4}")
: "${ONRECORD_PG:?set ONRECORD_PG to a PostgreSQL database address}"
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/onrecord
go build -o "$bin" ./cmd/onrecord
total=$(find "$corpus" -name '*.txt' | wc -l)
echo "corpus: $total files under $corpus (articles with the same text are published once); $(nproc) cores"
printf '%-8s %10s %10s %12s %10s\n' workers enqueue_s ingest_s articles/s resolve_s
for n in ${counts[*]}; do
	dir=$(mktemp -d)
	port=$((14222 + n))
	echo "max_payload: 8388608" >"$dir/nats.conf"
	nats-server -c "$dir/nats.conf" -js -sd "$dir/js" -a 127.0.0.1 -p "$port" >"$dir/nats.log" 2>&1 &
	nats=$!
	sleep 1
	kill -0 "$nats" 2>/dev/null || { cat "$dir/nats.log"; exit 1; }
	schema="scale_${n}_$$"
	psql -q "${ONRECORD_PG%%\?*}" -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null
	db="${ONRECORD_PG}&search_path=$schema"
	url="nats://127.0.0.1:$port"
	t0=$(date +%s.%N)
	"$bin" enqueue --nats "$url" "$corpus" 2>"$dir/enqueue.log"
	t1=$(date +%s.%N)
	want=$(awk '/^published/ {print $2; exit}' "$dir/enqueue.log" | tr -d ,)
	"$bin" info --db "$db" >/dev/null 2>&1 || true # the schema, made before the clock starts
	pids=()
	for i in $(seq "$n"); do
		"$bin" worker --nats "$url" --db "$db" 2>"$dir/worker$i.log" &
		pids+=($!)
	done
	while :; do
		stored=$("$bin" info --db "$db" 2>/dev/null | awk '/^articles/ {print $2}')
		[ "${stored:-0}" -ge "$want" ] && break
		sleep 0.2
	done
	t2=$(date +%s.%N)
	kill -TERM "${pids[@]}"
	wait "${pids[@]}" 2>/dev/null || true
	"$bin" resolve --db "$db" >/dev/null 2>&1
	t3=$(date +%s.%N)
	kill "$nats"
	wait "$nats" 2>/dev/null || true
	psql -q "${ONRECORD_PG%%\?*}" -c "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1
	rm -rf "$dir"
	awk -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" \
		-v want="$want" 'BEGIN { printf "%-8d %10.1f %10.1f %12.0f %10.1f\n", n, b-a, c-b, want/(c-b), d-c }'
done
