#!/usr/bin/env bash
# Installs the toolchains the Kotlin and Swift binding tests need, on Debian bookworm as root.
#
#   bindings/setup.sh [kotlin|swift|all]     (default: all)
#
# Idempotent and cache-friendly: everything goes under $CALLGUARD_CACHE (default
# /var/cache/callguard), outside the repository, and a step whose result is already there is
# skipped. Only Debian's archive and the npm registry are used (no Maven Central, no Gradle).
#
# - Kotlin: the `kotlin-compiler` npm package (kotlinc + kotlin-stdlib.jar) in $CACHE/kotlin;
#   JNA and JUnit 5 (console launcher) from Debian (`libjna-java junit5`), jars in /usr/share/java.
# - Swift: Debian trixie's `swiftlang` (Swift 6.0) inside a minbase trixie chroot at
#   $CACHE/swift-trixie (~2.7 GB, ~3-5 min the first time); a marker file records completion.
set -euo pipefail

CACHE=${CALLGUARD_CACHE:-/var/cache/callguard}
KOTLIN_VERSION=${CALLGUARD_KOTLIN_VERSION:-2.4.20}
# The Debian mirror this host's apt already uses (first non-security archive in its sources).
host_mirror() {
    { grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
      grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'
    } | grep -v security | head -n 1 || true
}
MIRROR=${CALLGUARD_DEBIAN_MIRROR:-$(host_mirror)}
what=${1:-all}

log() { echo "setup: $*" >&2; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

apt_updated=""
apt_install() {
    # Installs Debian packages on the host, running `apt-get update` at most once per run.
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ -z "$apt_updated" ]; then
        $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
        apt_updated=1
    fi
    log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
}

setup_kotlin() {
    apt_install default-jdk-headless libjna-java junit5 libhamcrest-java junit4
    local kdir="$CACHE/kotlin"
    local kc="$kdir/node_modules/kotlin-compiler/bin/kotlinc-jvm"
    if [ ! -x "$kc" ] || [ ! -f "$kdir/.version-$KOTLIN_VERSION" ]; then
        command -v npm >/dev/null || apt_install npm
        log "npm install kotlin-compiler@$KOTLIN_VERSION into $kdir"
        $SUDO mkdir -p "$kdir"
        (cd "$kdir" && $SUDO npm install --no-audit --no-fund --silent \
            --prefix "$kdir" "kotlin-compiler@$KOTLIN_VERSION" >/dev/null)
        $SUDO chmod +x "$kdir"/node_modules/kotlin-compiler/bin/* 2>/dev/null || true
        $SUDO touch "$kdir/.version-$KOTLIN_VERSION"
    fi
    [ -x "$kc" ] || { log "kotlinc not found at $kc"; exit 1; }
    log "kotlin ready: $kc"
}

setup_swift() {
    local root="$CACHE/swift-trixie"
    local marker="$root/.callguard-swift-ready"
    if [ -f "$marker" ]; then
        log "swift chroot ready: $root"
        return 0
    fi
    apt_install debootstrap debian-archive-keyring
    $SUDO mkdir -p "$CACHE"
    if [ ! -x "$root/usr/bin/apt-get" ] || [ ! -f "$root/.debootstrap-done" ]; then
        # A half-made chroot from an interrupted run is started over.
        if [ -d "$root" ]; then
            log "removing incomplete chroot $root"
            mountpoint -q "$root/proc" && $SUDO umount "$root/proc"
            $SUDO rm -rf --one-file-system "$root"
        fi
        log "debootstrap trixie into $root (a few minutes)"
        $SUDO debootstrap --variant=minbase trixie "$root" ${MIRROR:+"$MIRROR"} >"$CACHE/debootstrap.log" 2>&1 ||
            { tail -20 "$CACHE/debootstrap.log" >&2; exit 1; }
        $SUDO touch "$root/.debootstrap-done"
    fi
    $SUDO mkdir -p "$root/proc"
    mountpoint -q "$root/proc" || $SUDO mount -t proc proc "$root/proc"
    trap 'mountpoint -q "'"$root"'/proc" && '"$SUDO"' umount "'"$root"'/proc" || true' EXIT
    log "apt-get install swiftlang in the chroot (a few minutes)"
    $SUDO cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    $SUDO chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends swiftlang libc6-dev >/dev/null && apt-get clean' \
        || { log "swiftlang install failed"; exit 1; }
    $SUDO chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin swift --version >&2
    mountpoint -q "$root/proc" && $SUDO umount "$root/proc"
    trap - EXIT
    $SUDO touch "$marker"
    log "swift chroot ready: $root"
}

case "$what" in
kotlin) setup_kotlin ;;
swift) setup_swift ;;
all)
    setup_kotlin
    setup_swift
    ;;
*)
    echo "usage: $0 [kotlin|swift|all]" >&2
    exit 2
    ;;
esac
