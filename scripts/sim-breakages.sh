#!/usr/bin/env bash
# Proves the simulator is sensitive: applies each single-line breakage of issue 2 to src/raft in
# turn, runs the default schedule set (seeds 1..2000, as `npm test` does) until the first failure,
# prints the failing seed, and restores the file. Usage: bash scripts/sim-breakages.sh [a|b|c|d|e ...]
set -uo pipefail
cd "$(dirname "$0")/.."

declare -A file pattern replacement what
file[a]=src/raft/raft.ts
pattern[a]='    if (message.term < this.term) {'
replacement[a]="    if (message.term < this.term \&\& message.type !== 'vote') {"
what[a]='grant a vote without comparing terms'
file[b]=src/raft/raft.ts
pattern[b]='    if (canVote && this.raftLog.isUpToDate(message.index, message.logTerm)) {'
replacement[b]='    if (canVote) {'
what[b]='grant a vote without the log up-to-date check'
file[c]=src/raft/raft-log.ts
pattern[c]='    if (index > this.committed && this.term(index) === term) {'
replacement[c]='    if (index > this.committed) {'
what[c]='commit an old-term entry by counting replicas'
file[d]=src/raft/raft.ts
pattern[d]="    if (this.role === 'leader' && sendableBeforePersist.has(message.type)) this.messagesBeforePersist.push(message);"
replacement[d]="    if ((this.role === 'leader' \&\& sendableBeforePersist.has(message.type)) || message.type === 'vote-response') this.messagesBeforePersist.push(message);"
what[d]='send a vote response before the vote is persisted'
file[d2]=src/raft/raft.ts
pattern[d2]="${pattern[d]}"
replacement[d2]="    if ((this.role === 'leader' \&\& sendableBeforePersist.has(message.type)) || message.type === 'append-response') this.messagesBeforePersist.push(message);"
what[d2]='send an append response before the entries are persisted'
file[e]=src/raft/step-leader.ts
pattern[e]="  const leaseAllowed = raft.config.readMode === 'lease' \&\& raft.config.checkQuorum;"
replacement[e]="  const leaseAllowed = raft.config.readMode === 'lease';"
what[e]='serve a lease read without CheckQuorum'

breakages=("$@")
[ ${#breakages[@]} -eq 0 ] && breakages=(a b c d d2 e)
status=0
for key in "${breakages[@]}"; do
  target=${file[$key]}
  backup=$(mktemp)
  cp "$target" "$backup"
  if ! grep -qF -- "${pattern[$key]//\\/}" "$target"; then
    echo "($key) pattern not found in $target"; status=1; continue
  fi
  python3 - "$target" "${pattern[$key]//\\/}" "${replacement[$key]//\\/}" <<'PY'
import sys
path, old, new = sys.argv[1:]
text = open(path).read()
assert text.count(old) == 1, 'pattern must occur exactly once'
open(path, 'w').write(text.replace(old, new))
PY
  started=$(date +%s)
  output=$(npx tsx test/sim/cli.ts --schedules 2000 --from 1 2>/dev/null)
  cp "$backup" "$target"; rm -f "$backup"
  line=$(printf '%s\n' "$output" | grep -m1 '^FAIL' || true)
  if [ -n "$line" ]; then
    echo "($key) ${what[$key]}: caught after $(( $(date +%s) - started )) s — ${line#FAIL }"
  else
    echo "($key) ${what[$key]}: NOT caught by seeds 1..2000"; status=1
  fi
done
exit $status
