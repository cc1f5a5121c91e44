#!/usr/bin/env bash
# GitHub Classroom grading step: grades every task file in the student's repository and hands each to the reporter.
# Usage (from Scale Up's checkout): bash quizzes/templates/github-classroom/grade.sh SUBMISSION_DIR
# Reads SCALEUP_TASK (auto, 0-3 or a rubric id) and SCALEUP_RUBRICS (optional); writes $GITHUB_ENV and $GITHUB_OUTPUT.
set -uo pipefail
submission="$(cd "$1" && pwd)"
task="${SCALEUP_TASK:-auto}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
args=(grade "$submission" --task "$task" --format json --out "$work/reports")
if [ -n "${SCALEUP_RUBRICS:-}" ]; then args+=(--rubrics "$SCALEUP_RUBRICS"); fi
npm exec --silent scaleup -- "${args[@]}" >/dev/null 2>"$work/stderr"
code=$?
npm exec --silent -- node quizzes/templates/github-classroom/collect.mjs \
  "$work/reports/grades.json" "$work/stderr" "$code" "$submission"
