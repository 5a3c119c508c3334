#!/usr/bin/env bash
# Builds an Android AAR of callguard: libcallguard.so for arm64-v8a, armeabi-v7a and x86_64
# (cargo-ndk, size-tuned `mobile` profile) and the Kotlin bindings compiled for Android.
#
# THIS SCRIPT CANNOT RUN ON THE PROJECT'S CI OR DEV MACHINES: they have no Android NDK or SDK.
# It is kept short so that it can be checked by reading. Run it on a machine with:
#   - the Android NDK (ANDROID_NDK_HOME) and SDK (ANDROID_HOME, with platforms/android-$API),
#   - `cargo install cargo-ndk` and
#     `rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android`,
#   - kotlinc on PATH, JNA's jar (JNA_JAR) and androidx.annotation's jar (ANDROIDX_ANNOTATION_JAR)
#     to compile against.
# The app depends on JNA for Android itself: `implementation("net.java.dev.jna:jna:5.13.0@aar")`.
#
#   bindings/android/build-aar.sh [OUT_DIR]        (default: target/bindings)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
out=${1:-$target_dir/bindings}
API=${ANDROID_API:-34}
: "${ANDROID_NDK_HOME:?set ANDROID_NDK_HOME to the Android NDK}"
: "${ANDROID_HOME:?set ANDROID_HOME to the Android SDK}"
: "${JNA_JAR:?set JNA_JAR to a JNA 5.x jar to compile against}"
: "${ANDROIDX_ANNOTATION_JAR:?set ANDROIDX_ANNOTATION_JAR to androidx.annotation's jar}"
cd "$root"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The native libraries, one per ABI, into jni/<abi>/libcallguard.so. Relative relocations
#    (pointers in the library's tables, about a fifth of its bytes) are packed by the linker:
#    Android's own format (`--pack-dyn-relocs=android`), which the loader reads from API 23;
#    with a minSdk of 28 or more, `=android+relr` packs them further (RELR, what the NDK
#    itself turns on from API 28).
cargo ndk --platform 24 -t arm64-v8a -t armeabi-v7a -t x86_64 -o "$work/aar/jni" \
    rustc --profile mobile --lib --no-default-features --features ffi --crate-type cdylib \
    -- -C link-arg=-Wl,--pack-dyn-relocs=android

# 2. The Kotlin bindings, generated from an unstripped host debug build (the stripped mobile
#    libraries have no uniffi metadata left; the API is the same on every target), in Android
#    mode (the Android SystemCleaner on API 34+, JNA's before).
cargo build --all-features --bin uniffi-bindgen
cargo rustc --all-features --lib --crate-type cdylib
"$target_dir/debug/uniffi-bindgen" generate "$target_dir/debug/libcallguard.so" \
    --language kotlin --config "$here/uniffi-android.toml" --out-dir "$work/src" --no-format
kotlinc -nowarn -jvm-target 1.8 \
    -cp "$ANDROID_HOME/platforms/android-$API/android.jar:$JNA_JAR:$ANDROIDX_ANNOTATION_JAR" \
    -d "$work/classes" "$work"/src/org/callguard/*.kt
(cd "$work/classes" && jar --create --file "$work/aar/classes.jar" .)

# 3. The AAR: a zip of the manifest, classes.jar, jni/ and an empty R.txt.
cat >"$work/aar/AndroidManifest.xml" <<MANIFEST
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="org.callguard">
    <uses-sdk android:minSdkVersion="24" />
</manifest>
MANIFEST
: >"$work/aar/R.txt"
mkdir -p "$out"
rm -f "$out/callguard-$version.aar"
(cd "$work/aar" && zip -qr "$out/callguard-$version.aar" AndroidManifest.xml classes.jar R.txt jni)
echo "wrote $out/callguard-$version.aar"
