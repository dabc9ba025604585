#!/usr/bin/env bash
# Stands in for the `docker` command that Quarkus' Jib extension calls when it builds an image
# without pushing it: Jib runs `docker load` and streams the finished image (a `docker save`
# tarball) to its standard input. This keeps that tarball as a file ($INSAF_IMAGE_TAR) instead,
# so the image is built with no Docker daemon and no registry; `docker load`, `podman load` or
# `skopeo copy docker-archive:...` take it from there.
set -euo pipefail
case "${1:-}" in
  load)
    out="${INSAF_IMAGE_TAR:?INSAF_IMAGE_TAR names the tarball to write}"
    mkdir -p "$(dirname "$out")"
    cat > "$out"
    echo "Loaded image tarball: $out"
    ;;
  info)
    # Jib asks which platform the daemon runs, to pick the base image's matching manifest.
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  *)
    echo "image-to-tar.sh: only 'load' and 'info' are supported (asked: $*)" >&2
    exit 1
    ;;
esac
