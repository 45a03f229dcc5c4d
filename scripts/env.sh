# Sourced by the scripts: tools installed by setup.sh come first on PATH, and Trunk never
# tries to download its own.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
