#!/usr/bin/env bash
# Starts the whole contact center on Payara Micro with an embedded H2 database (./data), on http://localhost:8080.
# Builds the deployable first if it is missing or older than the sources; Maven downloads Payara Micro and copies it
# to target/payara-micro/ (wherever Maven's own repository is).
# Options (environment): CC_PORT (HTTP, 8080), CC_BIND_ADDRESS (the HTTP listener's address, 127.0.0.1: only this
# machine; 0.0.0.0 for every interface — change the demo's passwords first, README), CC_AGI_PORT (FastAGI, 4573), CC_HTTP_THREADS (200), CC_REBUILD=1 (always
# build), CC_LOG_PROPERTIES (a java.util.logging file instead of web-chat/src/main/payara/logging.properties),
# JAVA_OPTS (e.g. -Xmx2g), and every setting of docs/CONFIGURATION.md as -Dkey=value arguments or CC_* variables,
# e.g. CC_DEMO_ENABLED=false.
set -euo pipefail
cd "$(dirname "$0")"
port=${CC_PORT:-8080}
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n1)
war=web-chat/target/contact-center.war
micro="target/payara-micro/payara-micro-$version.jar"

if [ "${CC_REBUILD:-0}" = 1 ] || [ ! -f "$war" ] || [ -n "$(find pom.xml rules ejb-routing ivr-asterisk web-chat -newer "$war" \( -name '*.java' -o -name '*.xml' -o -name '*.drl' -o -name '*.csv' -o -name '*.properties' -o -name '*.html' -o -name '*.js' -o -name '*.css' \) -not -path '*/target/*' -print -quit)" ]; then
  echo "Building the contact center..."
  mvn -B -q -DskipTests -pl web-chat -am install
fi
if [ ! -f "$micro" ]; then
  echo "Downloading Payara Micro $version through Maven..."
  mvn -B -q -N dependency:copy -Dartifact="fish.payara.extras:payara-micro:$version" -DoutputDirectory=target/payara-micro
fi
export CC_AGI_PORT="${CC_AGI_PORT:-4573}"
bind=${CC_BIND_ADDRESS:-127.0.0.1}
mkdir -p data
# the analysts' rules directory (docs/RULES.md): files published on /admin/rules/ are written there and survive restarts
export CC_RULES_DIRECTORY="${CC_RULES_DIRECTORY:-$PWD/data/rules}"
root=$(mktemp -d "${TMPDIR:-/tmp}/cc-payara.XXXXXX")
trap 'rm -rf "$root"' EXIT
# A fresh Payara root each start (a reused one redeploys the old app too); the data stays in ./data.
exec_java=(java ${JAVA_OPTS:-} -Dhazelcast.phone.home.enabled=false -Dcc.demo.base-url="http://127.0.0.1:$port" -Dcc.http.bind-address="$bind" "$@" -jar "$micro"
  --deploy "$war:/" --rootDir "$root" --port "$port" --nocluster --maxhttpthreads "${CC_HTTP_THREADS:-200}"
  --logproperties "${CC_LOG_PROPERTIES:-web-chat/src/main/payara/logging.properties}"
  --prebootcommandfile web-chat/src/main/payara/preboot.asadmin)
echo "Starting on http://$bind:$port (HTTP) with FastAGI on port $CC_AGI_PORT; Ctrl+C stops it"
"${exec_java[@]}"
