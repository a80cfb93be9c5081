# Sourced by bench/solr-compare.sh and bench/solr-search-compare.sh: builds this project (incremental, seconds when
# nothing changed) and defines the one way both run it.
#   solr_build HOME DATA MANIFEST   a fresh core (solr-home copied to HOME, index in DATA) holding MANIFEST's files;
#                                   SolrBuild's report on stdout; env SOLR_BUILD_OPTS adds JVM options
#                                   (e.g. -Dbaseline.maxChars=100000)
#   solr_java [JVM args...]         the JVM with this project's classpath
# Needs JAVA_HOME.
solr_baseline="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
(cd "$solr_baseline" && mvn -q -B package)

solr_java() {
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    -cp "$solr_baseline/target/classes:$(cat "$solr_baseline/target/classpath.txt")" "$@"
}

solr_build() {
  rm -rf "$1" "$2"
  cp -r "$solr_baseline/target/classes/solr-home" "$1"
  # shellcheck disable=SC2086  # SOLR_BUILD_OPTS is a list of JVM options
  solr_java -Xmx2g ${SOLR_BUILD_OPTS:-} -Dsolr.data.dir="$2" org.policyportal.solrbaseline.SolrBuild "$1" "$3" 2
}
