#!/usr/bin/env bash
# Runs every command of the ```sh blocks of README.md and Guides/*.md, as written, from the
# repository root, and fails naming the file and line of a command that fails or times out. Then
# checks that the commands left no new file in the repository (`git status --porcelain`).
#
#   Scripts/check-doc-commands.sh [FILE.md…]        (default: README.md Guides/*.md)
#
# Conventions of the documents:
#   ```sh       commands a reader can paste into a shell in a fresh clone: run here, block by block
#               in order (bash, `set -e` and `pipefail` per block; a command may continue over
#               lines ending in `\`). Anything they write goes to /tmp.
#   ```text     synopses with placeholders (S.csv, FILE, ID, [--option]…), output and transcripts:
#   ```console  not run. ```swift blocks are not run either (tests compile the examples).
#   <!-- not run in CI: REASON -->
#               on the line before a ```sh block: the block is runnable but not run here (too slow
#               for CI, or run by CI already); the script prints it as skipped with the reason.
#
# Each command runs in its own `bash` with a timeout of DOC_COMMAND_TIMEOUT seconds (default 600)
# and standard input from /dev/null. Commands of one block share nothing but the working directory
# and the files they write. Does not build: `swift run` builds what it runs, which is quick once
# CI has built the package.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
limit=${DOC_COMMAND_TIMEOUT:-600}

if [[ $# -gt 0 ]]; then
  files=("$@")
else
  files=(README.md Guides/*.md)
fi

timeout_cmd=()
if command -v timeout >/dev/null; then
  timeout_cmd=(timeout "$limit")
elif command -v gtimeout >/dev/null; then
  timeout_cmd=(gtimeout "$limit")
else
  echo "check-doc-commands: no timeout(1); commands run without a time limit" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# What the repository looks like before: only files the commands add or change count.
git status --porcelain --untracked-files=all >"$work/status-before"

failures=0
commands=0
skipped=0

# run_block FILE: runs the commands collected in $work/block-* (cmd-N holds the command, line-N
# its first line number), stopping at the first that fails, as `set -e` would.
run_block() {
  local file=$1 n=0
  while [[ -f "$work/block/cmd-$n" ]]; do
    local line command_text status=0 started elapsed
    line=$(<"$work/block/line-$n")
    command_text=$(head -n 1 "$work/block/cmd-$n")
    started=$SECONDS
    ${timeout_cmd[@]+"${timeout_cmd[@]}"} bash -euo pipefail "$work/block/cmd-$n" \
      </dev/null >"$work/output" 2>&1 || status=$?
    elapsed=$((SECONDS - started))
    commands=$((commands + 1))
    if [[ $status -eq 0 ]]; then
      printf '  ok   %s:%s  %s  (%ss)\n' "$file" "$line" "$command_text" "$elapsed"
    else
      if [[ $status -eq 124 && ${#timeout_cmd[@]} -gt 0 ]]; then
        printf '  FAIL %s:%s  %s  (timed out after %ss)\n' "$file" "$line" "$command_text" "$limit"
      else
        printf '  FAIL %s:%s  %s  (exit %s after %ss)\n' "$file" "$line" "$command_text" "$status" "$elapsed"
      fi
      tail -n 20 "$work/output" | sed 's/^/       | /'
      failures=$((failures + 1))
      return
    fi
    n=$((n + 1))
  done
}

for file in "${files[@]}"; do
  echo "== $file"
  in_block=no   # no | sh | other
  skip_reason=""
  previous=""
  number=0
  index=0
  continued=no
  while IFS= read -r raw || [[ -n "$raw" ]]; do
    number=$((number + 1))
    if [[ $in_block == no ]]; then
      if [[ $raw =~ ^([[:space:]]*)\`\`\`(.*)$ ]]; then
        indent=${#BASH_REMATCH[1]}
        language=${BASH_REMATCH[2]%%[[:space:]]*}
        if [[ $language == sh || $language == bash || $language == shell ]]; then
          in_block=sh
          skip_reason=""
          if [[ $previous =~ \<!--[[:space:]]*not\ run\ in\ CI:[[:space:]]*(.*[^[:space:]])[[:space:]]*--\> ]]; then
            skip_reason=${BASH_REMATCH[1]}
          fi
          rm -rf "$work/block"
          mkdir "$work/block"
          index=0
          continued=no
          block_start=$number
        else
          in_block=other
        fi
      fi
      [[ -n "${raw//[[:space:]]/}" ]] && previous=$raw
      continue
    fi

    if [[ $raw =~ ^[[:space:]]*\`\`\`[[:space:]]*$ ]]; then
      if [[ $in_block == sh ]]; then
        if [[ -n $skip_reason ]]; then
          printf '  skip %s:%s  (not run in CI: %s)\n' "$file" "$block_start" "$skip_reason"
          skipped=$((skipped + 1))
        else
          run_block "$file"
        fi
      fi
      in_block=no
      previous=$raw
      continue
    fi
    [[ $in_block == sh ]] || continue

    # Strip the fence's indentation (blocks inside list items).
    text=$raw
    for ((i = 0; i < indent; i++)); do
      [[ ${text:0:1} == " " ]] && text=${text:1}
    done
    if [[ $continued == yes ]]; then
      printf '%s\n' "$text" >>"$work/block/cmd-$((index - 1))"
    elif [[ -n "${text//[[:space:]]/}" && ! $text =~ ^[[:space:]]*# ]]; then
      printf '%s\n' "$text" >"$work/block/cmd-$index"
      echo "$number" >"$work/block/line-$index"
      index=$((index + 1))
    fi
    if [[ $text =~ \\$ ]]; then continued=yes; else continued=no; fi
  done <"$file"
  if [[ $in_block != no ]]; then
    echo "  FAIL $file: a code block is not closed"
    failures=$((failures + 1))
  fi
done

git status --porcelain --untracked-files=all >"$work/status-after"
if ! diff -q "$work/status-before" "$work/status-after" >/dev/null; then
  echo "FAIL the commands changed the repository (they should write to /tmp):"
  diff "$work/status-before" "$work/status-after" | sed -n 's/^> /  /p'
  failures=$((failures + 1))
fi

echo "check-doc-commands: commands run: $commands, blocks skipped: $skipped, failures: $failures"
[[ $failures -eq 0 ]]
