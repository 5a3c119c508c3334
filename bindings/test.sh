#!/usr/bin/env bash
# Builds libcallguard.so, generates the Kotlin and Swift bindings from it (uniffi library mode),
# and runs the Kotlin (JUnit 5 on the JVM) and Swift (XCTest via `swift test` in a Debian trixie
# chroot) suites against it. Installs what it needs through bindings/setup.sh first.
#
#   bindings/test.sh [kotlin|swift|jar|all]      (default: all)
#
# `jar` (also part of `all`) builds the JVM jar with bindings/package-jar.sh and smoke-tests it.
# Each language ends with a line `Kotlin: N passed, N failed` / `Swift: N passed, N failed`; the
# script exits non-zero if any suite fails or cannot run. Caches live in $CALLGUARD_CACHE
# (default /var/cache/callguard): the compiled Kotlin classes are reused while their sources are
# unchanged, and SwiftPM's build directory is kept inside the chroot.
set -euo pipefail

what=${1:-all}
case "$what" in kotlin | swift | jar | all) ;; *)
    echo "usage: $0 [kotlin|swift|jar|all]" >&2
    exit 2
    ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
CACHE=${CALLGUARD_CACHE:-/var/cache/callguard}
export CALLGUARD_CACHE=$CACHE
cd "$root"

log() { echo "bindings: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }'; }
t0=$(now)

# One run at a time per work tree (runs share bindings/generated); the Swift step also locks
# the chroot, whose /proc mount is shared by every tree on the machine.
target_dir=${CARGO_TARGET_DIR:-$root/target}
mkdir -p "$CACHE" "$target_dir"
exec 8>"$target_dir/bindings-test.lock"
flock 8

if [ "$what" = jar ]; then
    exec bash "$here/package-jar.sh"
fi
bash "$here/setup.sh" "$what"

# --- build the library and the generator -------------------------------------------------------
# Every feature: the generator and the CLI (for the fixtures) share the build with the project's
# `cargo test --all-features` run before this script; the shared library is built on its own
# (`[lib]` is only an rlib, so Rust users of the crate never build a cdylib).
log "cargo build --all-features --bin uniffi-bindgen --bin callguard; cargo rustc --crate-type cdylib"
cargo build --quiet --all-features --bin uniffi-bindgen --bin callguard
cargo rustc --quiet --all-features --lib --crate-type cdylib
gen="$here/generated"
rm -rf "$gen"
mkdir -p "$gen/lib"
# A private copy: other builds in a shared target dir may rewrite target/debug meanwhile.
cp "$target_dir/debug/libcallguard.so" "$gen/lib/libcallguard.so"
bindgen="$target_dir/debug/uniffi-bindgen"
for lang in kotlin swift; do
    "$bindgen" generate "$gen/lib/libcallguard.so" --language "$lang" --out-dir "$gen/$lang" \
        --no-format >/dev/null
done
log "bindings generated in $gen ($(since "$t0") s)"

# --- fixtures: signed registries made with the project's own CLI and the DEMO ONLY key ----------
# registry-vN.signed.json (N = 2..41) are successive updates of the bundled registry; in odd
# versions PayPal's number +18882211161 is replaced by +18882211162, so a concurrent check of the
# old number sees either version's answer, and a mix is detectable. Also: an update signed by a
# key nobody trusts, an expired one, one of another registry series, and signed trust roots.
fixtures="$gen/fixtures"
mkdir -p "$fixtures"
cli="$target_dir/debug/callguard"
demo_key="$root/data/demo/DEMO-ONLY-ed25519.key"
"$cli" registry export --format json >"$fixtures/registry-v1.json"
grep -q '"+18882211161"' "$fixtures/registry-v1.json" ||
    { log "the bundled registry no longer lists PayPal's +18882211161; update the fixtures"; exit 1; }
# Ed25519 signatures are deterministic, so fixtures made from the same payload, key and recipe
# are reused from the cache (signing with a debug CLI costs about half a second each).
recipe_version=3
fixture_key=$(cat "$fixtures/registry-v1.json" "$demo_key" <(echo "$recipe_version") | sha256sum | cut -c1-16)
fixture_cache="$CACHE/fixtures/$fixture_key"
if [ -f "$fixture_cache/.complete" ]; then
    cp "$fixture_cache"/* "$fixtures/"
    log "fixtures reused from $fixture_cache"
else
    make_version() { # make_version N [sed expressions...] > registry JSON
        local n=$1
        shift
        sed -E -e "0,/\"version\": *[0-9]+/s//\"version\": $n/" "$@" "$fixtures/registry-v1.json"
    }
    sign() { "$cli" registry sign --key "$1" --out "$2" "$3" >/dev/null; }
    for n in $(seq 2 41); do
        if [ $((n % 2)) -eq 1 ]; then
            make_version "$n" -e 's/"\+18882211161"/"+18882211162"/' >"$fixtures/v.json"
        else
            make_version "$n" >"$fixtures/v.json"
        fi
        sign "$demo_key" "$fixtures/registry-v$n.signed.json" "$fixtures/v.json"
    done
    cmp -s "$fixtures/registry-v1.json" "$fixtures/v.json" && { log "fixture versions did not change"; exit 1; }
    rm -f "$fixtures/untrusted.key" "$fixtures/untrusted.pub"
    "$cli" registry keygen --out "$fixtures/untrusted" >/dev/null
    make_version 2 >"$fixtures/v.json"
    sign "$fixtures/untrusted.key" "$fixtures/registry-v2-untrusted-key.signed.json" "$fixtures/v.json"
    make_version 2 -e 's/"issued_at": *"[^"]*"/"issued_at": "2020-01-01T00:00:00Z"/' \
        -e 's/"expires_at": *"[^"]*"/"expires_at": "2021-01-01T00:00:00Z"/' >"$fixtures/v.json"
    sign "$demo_key" "$fixtures/registry-v2-expired.signed.json" "$fixtures/v.json"
    make_version 2 -e 's/"registry_id": *"[^"]*"/"registry_id": "another-series"/' >"$fixtures/v.json"
    sign "$demo_key" "$fixtures/registry-v2-other-series.signed.json" "$fixtures/v.json"
    # Call notices: PayPal announces every call (with the DEMO ONLY Alipay notice key listed
    # for it too) and ICBC lists its 400 hotline as inbound-only.
    notice_key=$(grep -v -- ----- "$root/data/demo/DEMO-ONLY-notice-alipay.pub" | tr -d '\n')
    make_version 2 \
        -e "s|\"website\": \"https://www.paypal.com\",|\"website\": \"https://www.paypal.com\", \"notice_keys\": [\"$notice_key\"], \"announces_calls\": true,|" \
        -e 's|"numbers": \["95588"\]|"numbers": ["95588", {"number": "+864006695588", "inbound_only": true}]|' \
        >"$fixtures/v.json"
    grep -q '"announces_calls": true' "$fixtures/v.json" && grep -q '"inbound_only": true' "$fixtures/v.json" ||
        { log "the notice fixture's edits did not apply; update the fixtures"; exit 1; }
    sign "$demo_key" "$fixtures/registry-v2-notices.signed.json" "$fixtures/v.json"
    # Signed trust roots for rotation (the JDK signs them; the CLI has no root command):
    # to the untrusted key, signed by the demo root and the new root (accepted); signed by the
    # new key only (refused); and one that does not raise the version (refused).
    sign_root() { java "$here/fixtures/SignRoot.java" "$@"; }
    both="$demo_key,$fixtures/untrusted.key"
    sign_root "$fixtures/root-v2.signed.json" 2 1 "$fixtures/untrusted.key" "$both"
    sign_root "$fixtures/root-v2-self-only.signed.json" 2 1 "$fixtures/untrusted.key" "$fixtures/untrusted.key"
    sign_root "$fixtures/root-v1.signed.json" 1 1 "$fixtures/untrusted.key" "$both"
    rm -f "$fixtures/v.json"
    rm -rf "$fixture_cache"
    mkdir -p "$fixture_cache"
    cp "$fixtures"/* "$fixture_cache/"
    touch "$fixture_cache/.complete"
fi
touch "$fixture_cache"
# Call notices are made on every run (their windows are around now): for +8613800138000, from
# Alipay's 95188, signed with the DEMO ONLY Alipay notice key (covering now; an hour from now;
# and one signed by a key the registry does not list).
notice() { # notice KEY OUT FROM-OFFSET TO-OFFSET [ID]
    "$cli" notice sign --key "$1" --provider alipay --from 95188 --region CN --to +8613800138000 \
        --not-before "$(date -u -d "$3" +%Y-%m-%dT%H:%M:%SZ)" --not-after "$(date -u -d "$4" +%Y-%m-%dT%H:%M:%SZ)" \
        --reason-en "About your refund R-2291" --reason-zh-hans "关于您的退款 R-2291" --agent "Agent Li" \
        ${5:+--id "$5"} --out "$fixtures/$2" 2>/dev/null
}
notice_key_file="$root/data/demo/DEMO-ONLY-notice-alipay.key"
notice "$notice_key_file" notice-now.json "-1 hour" "+2 hours" R-2291-now
notice "$notice_key_file" notice-later.json "+3 hours" "+4 hours" R-2291-later
notice "$fixtures/untrusted.key" notice-rogue.json "-1 hour" "+2 hours" R-2291-rogue
find "$CACHE/fixtures" -mindepth 1 -maxdepth 1 -mtime +2 -exec rm -rf {} + 2>/dev/null || true
log "fixtures ready ($(since "$t0") s)"

status=0

# --- Kotlin ------------------------------------------------------------------------------------
run_kotlin() {
    local kc="$CACHE/kotlin/node_modules/kotlin-compiler"
    local stdlib="$kc/lib/kotlin-stdlib.jar"
    local jna=/usr/share/java/jna.jar
    local junit=/usr/share/java/junit-platform-console-standalone.jar
    local sources=("$gen"/kotlin/org/callguard/*.kt "$here"/kotlin/src/test/kotlin/*.kt)
    local key
    key=$(cat "${sources[@]}" "$kc/build.txt" | sha256sum | cut -c1-16)
    local classes="$CACHE/kotlin-classes/$key"
    if [ ! -f "$classes/.complete" ]; then
        log "kotlinc: compiling ${#sources[@]} files"
        rm -rf "$classes"
        mkdir -p "$classes"
        JAVA_OPTS=${JAVA_OPTS:--XX:TieredStopAtLevel=1} "$kc/bin/kotlinc-jvm" -nowarn -jvm-target 17 \
            -cp "$jna:$junit" -d "$classes" "${sources[@]}"
        touch "$classes/.complete"
    else
        log "kotlinc: sources unchanged, reusing $classes"
    fi
    # Other work trees may use other entries: prune only those unused for two days.
    touch "$classes"
    find "$CACHE/kotlin-classes" -mindepth 1 -maxdepth 1 -mtime +2 -exec rm -rf {} + 2>/dev/null || true
    local out rc=0
    out=$(mktemp)
    java -Djna.library.path="$gen/lib" -Dcallguard.fixtures="$fixtures" -jar "$junit" --disable-banner --disable-ansi-colors \
        --details=tree --class-path "$classes:$jna:$stdlib" --scan-class-path "$classes" \
        2>&1 | tee "$out" || rc=$?
    local passed failed
    passed=$(sed -n 's/^\[ *\([0-9]*\) tests successful *\]$/\1/p' "$out" | tail -1)
    failed=$(sed -n 's/^\[ *\([0-9]*\) tests failed *\]$/\1/p' "$out" | tail -1)
    rm -f "$out"
    if [ -z "$passed" ] || [ -z "$failed" ]; then
        echo "Kotlin: 0 passed, 1 failed"
        log "the JUnit launcher printed no summary (exit $rc)"
        return 1
    fi
    echo "Kotlin: $passed passed, $failed failed"
    [ "$rc" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

# --- Swift -------------------------------------------------------------------------------------
sync_file() { # copies $1 to $2 only when the content differs, so SwiftPM's mtimes stay useful
    if ! cmp -s "$1" "$2"; then
        mkdir -p "$(dirname "$2")"
        cp "$1" "$2"
    fi
}

run_swift() {
    local chroot_dir="$CACHE/swift-trixie"
    local inside=/root/callguard-swift
    local pkg="$chroot_dir$inside"
    # One Swift run at a time per machine: the package copy and the /proc mount in the chroot
    # are shared by every work tree.
    exec 9>"$CACHE/swift.lock"
    flock 9
    # Assemble the package: the hand-written files from bindings/swift, the generated Swift,
    # header and module map, and the library.
    mkdir -p "$pkg"
    local f rel
    while IFS= read -r -d '' f; do
        rel=${f#"$here/swift/"}
        sync_file "$f" "$pkg/$rel"
    done < <(find "$here/swift" -path "$here/swift/.build" -prune -o -type f -print0)
    sync_file "$gen/swift/CallGuardKit.swift" "$pkg/Sources/CallGuardKit/CallGuardKit.swift"
    sync_file "$gen/swift/CallGuardKitFFI.h" "$pkg/Sources/CallGuardKitFFI/CallGuardKitFFI.h"
    sync_file "$gen/swift/CallGuardKitFFI.modulemap" "$pkg/Sources/CallGuardKitFFI/module.modulemap"
    sync_file "$gen/lib/libcallguard.so" "$pkg/lib/libcallguard.so"
    rm -rf "$pkg/fixtures"
    cp -r "$fixtures" "$pkg/fixtures"
    # Files removed from bindings/swift are removed from the copy too.
    while IFS= read -r -d '' f; do
        rel=${f#"$pkg/"}
        case "$rel" in
        Sources/CallGuardKit/CallGuardKit.swift | Sources/CallGuardKitFFI/* | lib/* | fixtures/*) ;;
        *) [ -e "$here/swift/$rel" ] || rm -f "$f" ;;
        esac
    done < <(find "$pkg" -path "$pkg/.build" -prune -o -type f -print0)

    local out rc=0
    out=$(mktemp)
    (
        mountpoint -q "$chroot_dir/proc" || mount -t proc proc "$chroot_dir/proc"
        trap 'umount "$chroot_dir/proc" 2>/dev/null || true' EXIT
        chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root \
            LD_LIBRARY_PATH="$inside/lib" CALLGUARD_FIXTURES="$inside/fixtures" \
            sh -c "cd $inside && { swift build --build-tests -Xlinker -L$inside/lib >build.log 2>&1; rc=\$?; grep -v '^\[' build.log; [ \$rc -eq 0 ]; } && swift test --skip-build --disable-swift-testing 2>&1"
    ) 2>&1 | tee "$out" || rc=$?
    local passed failed
    # Count test cases (XCTest's "with N failures" counts failed assertions, not tests).
    passed=$(grep -cE "^Test Case '.*' passed" "$out" || true)
    failed=$(grep -cE "^Test Case '.*' failed" "$out" || true)
    if ! grep -qE "Executed [0-9]+ tests?, with [0-9]+ failures?" "$out"; then
        rm -f "$out"
        echo "Swift: $passed passed, $((failed + 1)) failed"
        log "swift test did not complete (exit $rc)"
        return 1
    fi
    rm -f "$out"
    echo "Swift: $passed passed, $failed failed"
    [ "$rc" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

if [ "$what" = kotlin ] || [ "$what" = all ]; then
    t=$(now)
    run_kotlin || status=1
    log "kotlin suite took $(since "$t") s"
fi
if [ "$what" = swift ] || [ "$what" = all ]; then
    t=$(now)
    run_swift || status=1
    log "swift suite took $(since "$t") s"
fi
if [ "$what" = all ]; then
    t=$(now)
    if bash "$here/package-jar.sh" >"$gen/package-jar.log" 2>&1; then
        log "JVM jar built and smoke-tested ($(since "$t") s): $(grep -E 'stripped|wrote' "$gen/package-jar.log" | sed 's/^package-jar: //' | tr '\n' ';')"
    else
        cat "$gen/package-jar.log" >&2
        log "JVM jar packaging or smoke test FAILED"
        status=1
    fi
fi
log "total $(since "$t0") s"
exit $status
