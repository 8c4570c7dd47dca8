#!/usr/bin/env bash
# Builds the container images with buildah, without Docker and without a container registry (opt-in: not run by
# ./test.sh, it takes minutes). Usage: build/images.sh [service ...]   (default: every services/*/Dockerfile)
#
# No registry is reachable from our build machines, so mcr.microsoft.com/dotnet/{sdk,aspnet}:10.0 cannot be pulled.
# This script makes a local stand-in once: a Debian bookworm root filesystem (debootstrap, from the machine's Debian
# mirror) with the .NET runtime libraries' dependencies, the machine's own .NET SDK copied in, and the "app" user
# (uid 1654, APP_UID) the Microsoft images have. The base image stays on this machine: it is never pushed anywhere. The Dockerfiles take their base images as arguments (SDK_IMAGE,
# RUNTIME_IMAGE), so they are built unchanged: `buildah bud --isolation chroot` runs their RUN steps (dotnet restore
# reaches NuGet as the host does: see SA_EXTRA_CA_CERT below). On a machine with Docker, `docker compose build` uses the
# real base images. Seen here: the base image in ~3 min, sharealliance/needs in ~4 min (user 1654, HEALTHCHECK kept).
set -euo pipefail
cd "$(dirname "$0")/.."

base=localhost/sharealliance/dotnet-base:10.0
log=/tmp/sa-images.log
: >"$log"
say() { echo "images: $*" >&2; }

for tool in buildah debootstrap; do
  command -v "$tool" >/dev/null && continue
  say "installing $tool with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 "$tool" >>"$log" 2>&1 ||
    { apt-get update -q >>"$log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool" >>"$log" 2>&1; }
done

if ! buildah inspect --type image "$base" >/dev/null 2>&1; then
  rootfs="$(mktemp -d /var/tmp/sa-rootfs.XXXXXX)"
  trap 'rm -rf "$rootfs"' EXIT
  mirror="$(grep -hoE 'https?://[^ ]+/debian/?$' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null | head -n 1 || true)"
  say "making the base image $base (debootstrap bookworm from ${mirror:-deb.debian.org}; log: $log)"
  debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,tzdata,zlib1g,libgssapi-krb5-2 \
    bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" >>"$log" 2>&1
  dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
  mkdir -p "$rootfs/usr/share/dotnet"
  cp -a "$dotnet_root/." "$rootfs/usr/share/dotnet/"
  ln -sf /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
  chroot "$rootfs" groupadd --gid 1654 app
  chroot "$rootfs" useradd --uid 1654 --gid 1654 --create-home --shell /bin/false app
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  # Behind a TLS-intercepting proxy, RUN dotnet restore must trust its CA: SA_EXTRA_CA_CERT=/path/to/ca.crt adds it to
  # the (local-only) base image. Without it the image trusts Debian's CA list only.
  if [ -n "${SA_EXTRA_CA_CERT:-}" ]; then cat "$SA_EXTRA_CA_CERT" >>"$rootfs/etc/ssl/certs/ca-certificates.crt"; fi
  ctr="$(buildah from scratch)"
  buildah add "$ctr" "$rootfs" / >>"$log" 2>&1
  buildah config --env APP_UID=1654 --env DOTNET_ROOT=/usr/share/dotnet --env DOTNET_NOLOGO=1 \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$ctr"
  buildah commit --rm "$ctr" "$base" >>"$log" 2>&1
fi

if [ $# -gt 0 ]; then folders=("$@"); else
  mapfile -t folders < <(for f in services/*/Dockerfile; do basename "$(dirname "$f")"; done)
fi
for folder in "${folders[@]}"; do
  name="$(tr '[:upper:]' '[:lower:]' <<<"$folder")"
  say "building sharealliance/$name from services/$folder/Dockerfile"
  buildah bud --isolation chroot --format docker --layers \
    --build-arg SDK_IMAGE="$base" --build-arg RUNTIME_IMAGE="$base" \
    -f "services/$folder/Dockerfile" -t "sharealliance/$name" . >>"$log" 2>&1 ||
    { say "failed; the end of $log:"; tail -n 30 "$log" >&2; exit 1; }
done
buildah images --format '{{.Name}}:{{.Tag}} {{.Size}}' | grep -E 'sharealliance/' >&2
say "done (podman cannot run containers on these machines: ARCHITECTURE §4)"
