#!/usr/bin/env bash
# Configures and starts an installed Asterisk 20 (ASTERISK_PREFIX, default /work/asterisk) with these files, for the
# center's telephony on one machine: Asterisk's config dir, spool, logs etc. under ASTERISK_RUN (/work/asterisk-build),
# AMI on 127.0.0.1:15138, FastAGI to the center at 127.0.0.1:14680, phones and trunk as Local channels.
#   ./setup.sh            write the config dir and start Asterisk in the background (log: $ASTERISK_RUN/asterisk.log)
#   ./setup.sh stop       stop that Asterisk
#   ASTERISK_PJSIP=1 ./setup.sh   also PJSIP (an Asterisk built with pjproject): pjsip.conf's phones 1001 and 2001 and
#                         trunk on UDP 127.0.0.1:15160, http.conf's WSS for the browser softphones on 127.0.0.1:18089
#                         (a self-signed certificate is made in $ASTERISK_RUN/lib/keys), rtp.conf's ports 15400-15599;
#                         with pjproject in a prefix of its own: LD_LIBRARY_PATH=<prefix>/lib ASTERISK_PJSIP=1 ./setup.sh
# The center to go with it (from the repository's root):
#   CC_PORT=18680 CC_AGI_PORT=14680 CC_AMI_HOST=127.0.0.1 CC_AMI_PORT=15138 CC_AMI_SECRET=ast-test-secret-5f1c \
#   CC_AMI_EXTERNAL_DIAL='Local/{number}@phones' ./start.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${ASTERISK_PREFIX:-/work/asterisk}
run=${ASTERISK_RUN:-/work/asterisk-build}
etc=$run/etc
ast=("$prefix/sbin/asterisk" -C "$etc/asterisk.conf")

if [ "${1:-}" = stop ]; then
  "${ast[@]}" -rx 'core stop now' || true
  exit 0
fi
mkdir -p "$etc" "$run/spool" "$run/run" "$run/log" "$run/lib/moh" "$run/lib/keys"
cp "$here"/{extensions,manager,musiconhold,confbridge,logger,modules}.conf "$etc/"
# the test driver's own manager user (everything allowed, loopback only)
cat >> "$etc/manager.conf" <<CONF

[tester]
secret = tester-secret
deny = 0.0.0.0/0.0.0.0
permit = 127.0.0.1/255.255.255.255
read = all
write = all
CONF
cat > "$etc/asterisk.conf" <<CONF
[directories]
astetcdir => $etc
astmoddir => $prefix/lib/asterisk/modules
astvarlibdir => $run/lib
astdbdir => $run/lib
astkeydir => $run/lib/keys
astdatadir => $prefix/var/lib/asterisk
astagidir => $prefix/var/lib/asterisk/agi-bin
astspooldir => $run/spool
astrundir => $run/run
astlogdir => $run/log
astsbindir => $prefix/sbin

[options]
verbose = 3
transmit_silence = yes
CONF
# music on hold without sound packages: 10 s of silence, 8 kHz mono (MusicOnHold(default,N) needs a playable file to wait N s)
[ -f "$run/lib/moh/silence.wav" ] || sox -n -r 8000 -c 1 -b 16 "$run/lib/moh/silence.wav" trim 0 10
sed -i "s|^directory = moh|directory = $run/lib/moh|" "$etc/musiconhold.conf"
if [ "${ASTERISK_PJSIP:-0}" = 1 ]; then
  cp "$here"/{pjsip,http,rtp}.conf "$etc/"
  [ -f "$etc/pjsip_cc_softphones.conf" ] || : > "$etc/pjsip_cc_softphones.conf"   # GET /api/v1/softphone/pjsip.conf
  sed -i '/^noload = res_pjsip.so/d' "$etc/modules.conf"
  [ -f "$run/lib/keys/asterisk.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$run/lib/keys/asterisk.key" -out "$run/lib/keys/asterisk.pem" 2>/dev/null
  sed -i "s|= keys/|= $run/lib/keys/|" "$etc/http.conf"
fi
"${ast[@]}" -f -vvv > "$run/asterisk.log" 2>&1 &
echo "Asterisk started (pid $!), log $run/asterisk.log"
