# Installs what the product needs on a fresh machine of this kind (Debian 12, root): PostgreSQL server binaries,
# Chromium for end-to-end tests, the client's npm packages. Sourced by .ci/start and .ci/test; each step is a no-op
# when the thing is already there.

apt_updated=""
apt_install() {
  if [ "$(id -u)" != "0" ]; then
    echo "Missing $* and not root: install them with apt-get and rerun." >&2
    return 1
  fi
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_postgres() {
  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    echo "Installing PostgreSQL server binaries…"
    apt_install postgresql-15
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium for end-to-end tests…"
    apt_install chromium
  fi
}

ensure_client_packages() {
  # Browser downloads cannot work here; Playwright drives Debian's Chromium.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ ! -d client/node_modules ] || [ client/package-lock.json -nt client/node_modules/.package-lock.json ]; then
    npm ci --prefix client --no-audit --no-fund --loglevel=error
  fi
}

ensure_dotnet_tools() {
  # Local tools from .config/dotnet-tools.json: dotnet-ef, and smtp4dev (the mail server of the tests and of .ci/start).
  dotnet tool restore >/dev/null
}

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
