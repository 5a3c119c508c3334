#!/usr/bin/env bash
# Builds the JVM jar: the Kotlin bindings compiled, plus the Linux x86-64 libcallguard.so under
# JNA's resource path (`linux-x86-64/`), so a Kotlin or Java program needs only this jar, JNA
# and the Kotlin standard library on its class path. Then smoke-tests the jar with a tiny
# Kotlin program that uses nothing else (no -Djna.library.path: JNA must find the library
# inside the jar).
#
#   bindings/package-jar.sh [OUT_DIR]        (default: target/bindings)
#
# The library is built with the size-tuned `mobile` profile (see Cargo.toml); the script prints
# the stripped size of the .so. Runs here (Debian bookworm x86-64), after bindings/setup.sh kotlin.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
CACHE=${CALLGUARD_CACHE:-/var/cache/callguard}
target_dir=${CARGO_TARGET_DIR:-$root/target}
out=${1:-$target_dir/bindings}
cd "$root"

bash "$here/setup.sh" kotlin
kc="$CACHE/kotlin/node_modules/kotlin-compiler"
stdlib="$kc/lib/kotlin-stdlib.jar"
jna=/usr/share/java/jna.jar
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)

echo "package-jar: cargo rustc --profile mobile --lib --no-default-features --features ffi --crate-type cdylib (LTO: a few minutes)" >&2
cargo rustc --quiet --profile mobile --lib --no-default-features --features ffi --crate-type cdylib
so="$target_dir/mobile/libcallguard.so"
echo "package-jar: $so is $(stat -c %s "$so") bytes (stripped, profile mobile)" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The stripped library has no uniffi metadata left: generate from the debug build of the same
# source (the API checksums the bindings verify at load time are the same).
cargo build --quiet --all-features --bin uniffi-bindgen
cargo rustc --quiet --all-features --lib --crate-type cdylib
"$target_dir/debug/uniffi-bindgen" generate "$target_dir/debug/libcallguard.so" --language kotlin \
    --out-dir "$work/src" --no-format >/dev/null

mkdir -p "$work/classes/linux-x86-64" "$out"
JAVA_OPTS=${JAVA_OPTS:--XX:TieredStopAtLevel=1} "$kc/bin/kotlinc-jvm" -nowarn -jvm-target 17 \
    -cp "$jna" -d "$work/classes" "$work"/src/org/callguard/*.kt
cp "$so" "$work/classes/linux-x86-64/libcallguard.so"
jar="$out/callguard-$version.jar"
rm -f "$jar"
(cd "$work/classes" && jar --create --file "$jar" .)
echo "package-jar: wrote $jar ($(stat -c %s "$jar") bytes)" >&2

# Smoke test: only the jar, JNA and the Kotlin stdlib.
mkdir -p "$work/smoke"
cat >"$work/smoke/Smoke.kt" <<'EOF'
import org.callguard.CallGuard
import org.callguard.Verdict

fun main() {
    CallGuard.bundled().use { guard ->
        val check = guard.checkCaller("+1 888 221 1161", null, null)
        check(check.verdict == Verdict.OFFICIAL) { "expected OFFICIAL, got $check" }
        val a = guard.assessCall("+18882211162", "PayPal here. Tell me the code we sent you.", null, null)
        println("smoke: ${check.verdict} ${check.provider}; lookalike call risk ${a.risk}: ${a.advice.en}")
    }
}
EOF
JAVA_OPTS=${JAVA_OPTS:--XX:TieredStopAtLevel=1} "$kc/bin/kotlinc-jvm" -nowarn -jvm-target 17 \
    -cp "$jar" -d "$work/smoke/classes" "$work/smoke/Smoke.kt"
(cd "$work" && java -cp "$work/smoke/classes:$jar:$jna:$stdlib" SmokeKt)
echo "package-jar: smoke test passed" >&2
