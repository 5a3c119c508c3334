#!/usr/bin/env bash
# Builds an iOS XCFramework of callguard plus a ready-to-use Swift package around it:
#   OUT/CallGuardKitFFI.xcframework   static libcallguard.a for devices (arm64) and the
#                                     simulator (arm64 + x86_64), with the uniffi header
#   OUT/CallGuardKit/                 Package.swift, the generated CallGuardKit.swift and
#                                     CallGuardError+Message.swift
#
# THIS SCRIPT CANNOT RUN ON THE PROJECT'S CI OR DEV MACHINES: it needs macOS with Xcode
# (xcodebuild, lipo) and
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
# It is kept short so that it can be checked by reading. The Swift package and its tests are
# exercised on Linux by bindings/test.sh with the very same generated sources.
#
#   bindings/ios/build-xcframework.sh [OUT_DIR]        (default: target/bindings)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
out=${1:-$target_dir/bindings}
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Static libraries (size-tuned `mobile` profile); the two simulator slices are merged.
#    No relocation-packing flag here: a static library is linked by the app's own link, where
#    Apple's linker already encodes pointers as chained fixups (iOS 13.4 and later targets),
#    the Mach-O counterpart of the packed relocations the Android build asks for.
for t in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
    cargo rustc --profile mobile --lib --no-default-features --features ffi --target "$t" \
        --crate-type staticlib
done
mkdir -p "$work/sim"
lipo -create -output "$work/sim/libcallguard.a" \
    "$target_dir/aarch64-apple-ios-sim/mobile/libcallguard.a" \
    "$target_dir/x86_64-apple-ios/mobile/libcallguard.a"

# 2. Swift sources, header and module map, generated from an unstripped host debug build (the
#    stripped mobile libraries have no uniffi metadata left; the API is the same everywhere).
cargo build --all-features --bin uniffi-bindgen
cargo rustc --all-features --lib --crate-type cdylib
"$target_dir/debug/uniffi-bindgen" generate "$target_dir/debug/libcallguard.dylib" \
    --language swift --out-dir "$work/gen" --no-format
mkdir -p "$work/headers"
cp "$work/gen/CallGuardKitFFI.h" "$work/headers/"
cp "$work/gen/CallGuardKitFFI.modulemap" "$work/headers/module.modulemap"

# 3. The XCFramework and the Swift package that wraps it.
mkdir -p "$out"
rm -rf "$out/CallGuardKitFFI.xcframework" "$out/CallGuardKit"
xcodebuild -create-xcframework \
    -library "$target_dir/aarch64-apple-ios/mobile/libcallguard.a" -headers "$work/headers" \
    -library "$work/sim/libcallguard.a" -headers "$work/headers" \
    -output "$out/CallGuardKitFFI.xcframework"
mkdir -p "$out/CallGuardKit/Sources/CallGuardKit"
cp "$work/gen/CallGuardKit.swift" "$root/bindings/swift/Sources/CallGuardKit/CallGuardError+Message.swift" \
    "$out/CallGuardKit/Sources/CallGuardKit/"
mv "$out/CallGuardKitFFI.xcframework" "$out/CallGuardKit/"
cat >"$out/CallGuardKit/Package.swift" <<'SWIFT'
// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "CallGuardKit",
    platforms: [.iOS(.v13)],
    products: [.library(name: "CallGuardKit", targets: ["CallGuardKit"])],
    targets: [
        .binaryTarget(name: "CallGuardKitFFI", path: "CallGuardKitFFI.xcframework"),
        .target(name: "CallGuardKit", dependencies: ["CallGuardKitFFI"], path: "Sources/CallGuardKit"),
    ]
)
SWIFT
echo "wrote $out/CallGuardKit (Swift package with CallGuardKitFFI.xcframework)"
