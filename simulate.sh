#!/bin/sh
# The what-if routing simulator for analysts (docs/SIMULATOR.md):
#   ./simulate.sh --records FILE|DIR [--records …] [--config candidate.json] [--from ISO] [--to ISO] [--format text|json|csv]
# Builds the rules module and its classpath with Maven the first time (and after a change), then runs plain Java.
# Exit code 0; 2 for input it cannot use (the message names the file and line); 1 otherwise.
# SIMULATE_MAVEN_FLAGS (default -o: offline) and SIMULATE_JAVA_OPTS (default -Xmx2g) change how it builds and runs.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET="$HERE/rules/target"
CLASSPATH_FILE="$TARGET/simulator.classpath"
MAIN_CLASS="$TARGET/classes/org/contactcenter/rules/simulation/WhatIf.class"
if [ ! -f "$MAIN_CLASS" ] || [ ! -f "$CLASSPATH_FILE" ] || [ "$HERE/rules/pom.xml" -nt "$CLASSPATH_FILE" ] \
   || [ -n "$(find "$HERE/rules/src/main" -newer "$CLASSPATH_FILE" -type f 2>/dev/null | head -n 1)" ]; then
  echo "simulate.sh: building the rules module…" >&2
  mvn -B -q ${SIMULATE_MAVEN_FLAGS--o} -f "$HERE/pom.xml" -pl rules compile dependency:build-classpath \
      -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime >&2
  touch "$CLASSPATH_FILE" # the plugin leaves an unchanged file as it was: mark this build
fi
exec java ${SIMULATE_JAVA_OPTS--Xmx2g} -cp "$TARGET/classes:$(cat "$CLASSPATH_FILE")" org.contactcenter.rules.simulation.WhatIf "$@"
