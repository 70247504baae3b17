#!/bin/sh
# runner.sh - tests/run never counts a test that could not run as passed: a
# script exiting 77 (a gate without ../shared or systemd-analyze) is
# reported as skipped, and in CI (VIGIL_CI=1, as .ci/run sets it) as failed.
. "$(dirname "$0")/_lib.sh"
printf '#!/bin/sh\necho "no prerequisite here: cannot run"\nexit 77\n' > "$T/cannot.sh"
printf '#!/bin/sh\necho fine\n' > "$T/fine.sh"
rc=0
env -u VIGIL_CI -u CI TEST_PARTS=scripts TEST_SCRIPTS="$T/cannot.sh $T/fine.sh" \
    tests/run "$B" > "$T/local.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || fail "a skip outside CI failed the run: $(cat "$T/local.out")"
grep -q "^SKIPPED .*cannot.sh, [0-9]* s: no prerequisite here" "$T/local.out" || fail "no SKIPPED line: $(cat "$T/local.out")"
grep -q "^1 passed, 0 failed, 1 skipped$" "$T/local.out" || fail "skip counted as a pass: $(tail -n 1 "$T/local.out")"
rc=0
VIGIL_CI=1 TEST_PARTS=scripts TEST_SCRIPTS="$T/cannot.sh $T/fine.sh" \
    tests/run "$B" > "$T/ci.out" 2>&1 || rc=$?
[ "$rc" != 0 ] || fail "a skip in CI passed: $(cat "$T/ci.out")"
grep -q "^1 passed, 1 failed, 0 skipped$" "$T/ci.out" || fail "in CI: $(tail -n 1 "$T/ci.out")"
grep -q "cannot run in CI" "$T/ci.out" || fail "in CI, no reason given"
echo "runner: a skip is a skip outside CI and a failure in CI"
