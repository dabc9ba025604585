#!/usr/bin/env bash
# Builds the base image of Insaf's container image without a Docker daemon or a registry: a Java 17
# runtime made with jlink from the local JDK, the shared libraries it links against (found with
# ldd), CA certificates, an unprivileged user (185, as in the UBI OpenJDK images) and a /tmp, packed
# as a `docker save` tarball that Jib reads through `quarkus.jib.base-jvm-image=tar://...`.
#
#   deploy/base-image.sh [OUTPUT.tar]      (default: target/base-image/insaf-jre17.tar)
#
# The same JDK gives the same image: files, owners and times are fixed, so the layer's digest only
# changes when the runtime or the libraries do.
set -euo pipefail

root_dir="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root_dir/target/base-image/insaf-jre17.tar}"
jdk="${INSAF_BASE_JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"

"$jdk/bin/java" -version 2>&1 | grep -q '"17\.' || { echo "base-image.sh: $jdk is not a JDK 17 (set INSAF_BASE_JDK)" >&2; exit 1; }
[ -d "$jdk/jmods" ] || { echo "base-image.sh: $jdk has no jmods (Debian: apt-get install openjdk-17-jmods)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs"/{opt,etc,tmp,home/jboss,work,proc,sys,dev}

# Every module of the JDK except the tools for developing and debugging Java: the service needs
# none of them, and a module left out would fail only at run time.
modules="$("$jdk/bin/java" --list-modules | sed 's/@.*//' \
  | grep -v -E '^jdk\.(compiler|javadoc|jshell|jdeps|jlink|jpackage|hotspot\.agent|jdi|jdwp\.agent|jconsole|editpad|internal\.ed|internal\.jvmstat|internal\.le|internal\.opt|jstatd|random|incubator\..*|attach|jartool|internal\.vm\.compiler.*|aot)$' \
  | paste -sd, -)"
"$jdk/bin/jlink" --module-path "$jdk/jmods" --add-modules "$modules" --output "$rootfs/opt/java" \
  --strip-debug --no-header-files --no-man-pages --compress=2 2>&1 | grep -v -i 'deprecated' || true
[ -x "$rootfs/opt/java/bin/java" ] || { echo "base-image.sh: jlink made no runtime" >&2; exit 1; }

# The trust store: Debian's JDK links it to /etc/ssl/certs/java/cacerts; the image holds a copy.
rm -f "$rootfs/opt/java/lib/security/cacerts"
cp -L "$jdk/lib/security/cacerts" "$rootfs/opt/java/lib/security/cacerts"

# The shared libraries the runtime links against (libraries of modules for a desktop, such as X11,
# are not found on a server and are not needed by the service).
find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | awk '/=> \// {print $3} /^[ \t]*\/lib/ {print $1}' \
  | grep -v -e "^$rootfs" -e '/jvm/' | sort -u \
  | while read -r lib; do
      for path in "$lib" "$(readlink -f "$lib")"; do
        mkdir -p "$rootfs$(dirname "$path")"; cp -a "$path" "$rootfs$path"
      done
    done
# The dynamic loader as the binaries name it (/lib64 is a link to /usr/lib64 on Debian).
if [ -L /lib64 ]; then ln -sfn usr/lib64 "$rootfs/lib64"; fi
if [ -L /lib ]; then
  [ -d "$rootfs/lib" ] && ! [ -L "$rootfs/lib" ] && { mkdir -p "$rootfs/usr/lib"; cp -a "$rootfs/lib/." "$rootfs/usr/lib/"; rm -rf "$rootfs/lib"; }
  ln -sfn usr/lib "$rootfs/lib"
fi

cat > "$rootfs/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
jboss:x:185:0:Insaf:/home/jboss:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat > "$rootfs/etc/group" <<'GROUP'
root:x:0:
jboss:x:185:
nobody:x:65534:
GROUP
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
chmod 1777 "$rootfs/tmp"

layer="$work/layer.tar"
tar --sort=name --mtime='@0' --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$layer" .
# Owned by the service's user: its home (the working folder Jib sets) and /work.
tar --sort=name --mtime='@0' --owner=185 --group=0 --numeric-owner -C "$rootfs" -rf "$layer" ./home/jboss ./work 2>/dev/null || true
layer_sha="$(sha256sum "$layer" | cut -d' ' -f1)"

config="$work/config.json"
cat > "$config" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"185","WorkingDir":"/home/jboss",
  "Env":["PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/base-image.sh (jlink of $("$jdk/bin/java" -version 2>&1 | head -1 | tr -d '"'))"}]}
JSON
config_sha="$(sha256sum "$config" | cut -d' ' -f1)"
mkdir -p "$work/image"
mv "$layer" "$work/image/$layer_sha.tar"
mv "$config" "$work/image/$config_sha.json"
printf '[{"Config":"%s.json","RepoTags":["insaf-base/jre17:local"],"Layers":["%s.tar"]}]\n' "$config_sha" "$layer_sha" > "$work/image/manifest.json"

mkdir -p "$(dirname "$out")"
# Entry names without a leading "./": readers of `docker save` tarballs look for "manifest.json".
tar --mtime='@0' --owner=0 --group=0 --numeric-owner -C "$work/image" -cf "$out" \
  manifest.json "$config_sha.json" "$layer_sha.tar"
echo "base image: $out ($(du -h "$out" | cut -f1), layer sha256:$layer_sha)"
