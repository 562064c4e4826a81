#!/usr/bin/env bash
# Starts the whole contact center on Payara Micro with an embedded H2 database (./data), on http://localhost:8080.
# Builds the deployable first if it is missing or older than the sources; Maven downloads Payara Micro.
# Options (environment): CC_PORT (8080), CC_HTTP_THREADS (200), CC_REBUILD=1 (always build), JAVA_OPTS (e.g. -Xmx2g), and every
# setting of docs/CONFIGURATION.md as -Dkey=value arguments or CC_* variables, e.g. CC_DEMO_ENABLED=false.
set -euo pipefail
cd "$(dirname "$0")"
port=${CC_PORT:-8080}
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n1)
war=web-chat/target/contact-center.war
micro="${MAVEN_REPO:-$HOME/.m2/repository}/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"

if [ "${CC_REBUILD:-0}" = 1 ] || [ ! -f "$war" ] || [ -n "$(find pom.xml rules ejb-routing ivr-asterisk web-chat -newer "$war" \( -name '*.java' -o -name '*.xml' -o -name '*.drl' -o -name '*.csv' -o -name '*.properties' -o -name '*.html' -o -name '*.js' -o -name '*.css' \) -not -path '*/target/*' -print -quit)" ]; then
  echo "Building the contact center..."
  mvn -B -q -DskipTests -pl web-chat -am install
fi
if [ ! -f "$micro" ]; then
  echo "Downloading Payara Micro $version through Maven..."
  mvn -B -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$version"
fi
mkdir -p data
root=$(mktemp -d "${TMPDIR:-/tmp}/cc-payara.XXXXXX")
trap 'rm -rf "$root"' EXIT
# A fresh Payara root each start (a reused one redeploys the old app too); the data stays in ./data.
exec_java=(java ${JAVA_OPTS:-} -Dhazelcast.phone.home.enabled=false -Dcc.demo.base-url="http://127.0.0.1:$port" "$@" -jar "$micro"
  --deploy "$war:/" --rootDir "$root" --port "$port" --nocluster --nohazelcast --maxhttpthreads "${CC_HTTP_THREADS:-200}")
echo "Starting on http://localhost:$port (Ctrl+C stops it)"
"${exec_java[@]}"
