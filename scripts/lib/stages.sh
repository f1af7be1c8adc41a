# Sourced by the project scripts: runs a named stage and remembers how long
# it took, so a run ends with the time of each stage.

stage_times=()

stage() {
  local name="$1"
  shift
  echo "==> $name"
  local started=$SECONDS
  local status=0
  "$@" || status=$?
  stage_times+=("$(printf '%5d s  %s' $((SECONDS - started)) "$name")")
  return "$status"
}

print_stage_times() {
  echo "==> Time per stage"
  printf '%s\n' "${stage_times[@]}"
}
