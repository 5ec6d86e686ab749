#!/bin/sh
# The whole-repository style pass (CONTRIBUTING.md, "Code style"): import the qualified type names, format with
# the project's profile, split the string literals the formatter could not wrap, format again. Offline: run
# ./mvnw verify (or this script without -o in MVN_FLAGS) once first.
set -e
cd "$(dirname "$0")/../.."
flags=${MVN_FLAGS:--o -q}
./mvnw $flags compile exec:java -pl releng/dev.baton.style -Dbaton.restyle=imports
./mvnw $flags formatter:format
./mvnw $flags exec:java -pl releng/dev.baton.style -Dbaton.restyle=strings
./mvnw $flags formatter:format
