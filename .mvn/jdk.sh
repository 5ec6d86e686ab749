# Sourced by ./mvnw (and Baton's scripts): make sure JAVA_HOME names a JDK >= 21.
# Tycho 5 and Baton's bundles (JavaSE-21) need it; Debian's default JDK is 17.
# Order: $JAVA_HOME if it is new enough, else the newest JDK >= 21 under /usr/lib/jvm.
baton_java_feature() {
  # prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  fi
}
baton_find_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(baton_java_feature "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best="" bestv=0
  case $- in *f*) baton_noglob=1; set +f ;; *) baton_noglob=0 ;; esac
  for d in /usr/lib/jvm/*; do
    [ -d "$d" ] && [ ! -L "$d" ] || continue
    v=$(baton_java_feature "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d bestv=$v; fi
  done
  [ "$baton_noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "Baton needs a JDK 21 or newer to build and run, and found none (JAVA_HOME=${JAVA_HOME-unset}, /usr/lib/jvm)." >&2
    echo "Install one, e.g. Eclipse Temurin 21 or 25 (Debian 12 only packages OpenJDK 17), or point JAVA_HOME at it." >&2
    return 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}
baton_find_jdk || exit 1
