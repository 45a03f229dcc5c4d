#!/usr/bin/env bash
# Writes the analyzer's JSON for a fixed set of texts into DIR, one file per text, so two
# builds can be compared byte for byte (`diff -r A B`): PolNeAR train and dev, every BBC
# text (2,219) and our sample article. A refactoring that should change nothing is
# checked this way.
#
#   tools/eval/snapshot.sh DIR [ANALYZER]     (ANALYZER defaults to target/release/analyze)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: tools/eval/snapshot.sh DIR [ANALYZER]}
analyze=${2:-target/release/analyze}
data=../shared/data
mkdir -p "$out"
{
  ls "$data"/polnear/train/text/*.txt "$data"/polnear/dev/text/*.txt
  find "$data/bbc" -name '*.txt' ! -name README.TXT | sort
  echo assets/sample-article.txt
} | while read -r f; do
  name=$(echo "${f#"$data"/}" | tr '/' '_')
  # A text that is not UTF-8 keeps its error message, which must not change either.
  "$analyze" "$f" > "$out/${name%.txt}.json" 2>&1 || true
done
echo "snapshot: $(ls "$out" | wc -l) analyses in $out"
