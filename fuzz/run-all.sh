#!/bin/sh
# One fuzzer at a time on one core, lowest priority: TARGET SECONDS pairs.
set -e
cd "$(dirname "$0")"
nice -n 19 cargo +nightly fuzz build -s none
while [ $# -ge 2 ]; do
  t=$1; secs=$2; shift 2
  mkdir -p corpus/$t
  seeds=seeds/$t; [ -d $seeds ] || seeds=seeds/analyzer
  nice -n 19 cargo +nightly fuzz run -s none $t corpus/$t $seeds -- \
    -dict=warta.dict -jobs=1 -workers=1 -max_total_time=$secs -print_final_stats=1 \
    > run-$t.log 2>&1 || echo "$t exited $?" >> run-$t.log
  cp fuzz-0.log worker-$t.log
done
