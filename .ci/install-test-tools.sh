#!/usr/bin/env bash
# What the tests need beyond npm, installed on a fresh Debian or Ubuntu machine when missing
# (with sudo when not root), after one apt-get update. Run by `npm run test:fresh` (the README's
# test command) and so by CI. Does nothing on a machine that has them all.
# - chromium: the end-to-end tests drive Debian's Chromium (a Playwright browser download is not
#   possible); CHROMIUM_PATH names another one.
# - poppler-utils: the tagged-PDF test reads each PDF's structure with pdfinfo.
# - libreoffice-writer-nogui: a unit test opens each DOCX in LibreOffice and prints it to PDF
#   (SOFFICE_PATH names another one). Without its recommends (a desktop's worth);
#   fonts-liberation stands in for the DOCX's Arial with the same metrics, so LibreOffice breaks
#   lines and pages as Word would.
set -euo pipefail

packages=()
lean=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if ! command -v pdfinfo >/dev/null; then packages+=(poppler-utils); fi
if [ -z "${SOFFICE_PATH:-}" ] && [ ! -x /usr/bin/soffice ]; then
  lean+=(libreoffice-writer-nogui fonts-liberation)
fi
if [ "${#packages[@]}" -eq 0 ] && [ "${#lean[@]}" -eq 0 ]; then
  echo "Chromium, poppler-utils and LibreOffice are here."
  exit 0
fi

echo "Installing ${packages[*]} ${lean[*]}…"
sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
install="$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y"
$sudo apt-get update
if [ "${#packages[@]}" -gt 0 ]; then $install "${packages[@]}"; fi
if [ "${#lean[@]}" -gt 0 ]; then $install --no-install-recommends "${lean[@]}"; fi
