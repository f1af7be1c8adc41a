# Sourced by scripts/test.sh: the Debian packages the full test run needs.

install_system_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  # Runs the unit tests a second time with the machine clock moved.
  command -v faketime >/dev/null 2>&1 || missing+=(faketime)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  # The animals are emoji; without this font the screenshots show empty boxes.
  [ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] ||
    missing+=(fonts-noto-color-emoji)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
