# Sourced by the bench scripts that compare two portal jars on one index: starts OLD on port P1 and NEW on P2 with
# the result cache off and no rate limit, stops both on exit, and waits until both answer.
#   two_servers INDEX CORPUS OLD_JAR NEW_JAR P1 P2
two_servers() {
  local index="$1" corpus="$2" old="$3" new="$4" p1="$5" p2="$6" pair port jar
  two_servers_logs="$(mktemp -d)"
  two_servers_pids=()
  for pair in "$p1 $old" "$p2 $new"; do
    read -r port jar <<< "$pair"
    PORTAL_RESULT_CACHE_MB=0 "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
        -jar "$jar" serve --index "$index" --corpus "$corpus" --port "$port" --rate-limit 0 > "$two_servers_logs/$port.log" 2>&1 &
    two_servers_pids+=($!)
  done
  trap 'kill "${two_servers_pids[@]}" 2>/dev/null || true; rm -rf "$two_servers_logs"' EXIT
  for port in "$p1" "$p2"; do
    until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do sleep 0.5; done
  done
  echo "index $(basename "$index"): $(curl -s "http://127.0.0.1:$p2/health")"
  echo "old $(basename "$old") on $p1, new $(basename "$new") on $p2"
}
