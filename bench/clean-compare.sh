#!/bin/sh
# clean-compare.sh - old-vs-new output check of the cleaner.
# Builds bench/clean-compare.c against the cleaner sources of git revision
# REV (default HEAD) and against the working tree, runs both on the seeds,
# the dev texts (each "text" field as its own file, plus the raw lines), the
# 181 article-extraction pages and fuzz/corpus/fuzz_clean in every mode, and
# diffs the fingerprints (body, title, lang, junk, repaired, offset map).
# Usage: bench/clean-compare.sh [REV]   exit status 0 when identical
# (CLEAN_COMPARE_CFLAGS adds compiler flags, e.g. -U__SSE2__ for the
# portable paths).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared="$root/../shared"
rev=${1:-HEAD}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mods="vigil vg_arr vg_clean vg_mbuf vg_utf8 vg_charset vg_entities vg_decode vg_textclean vg_textclean_lines vg_textclean_feat vg_textclean_label vg_html vg_html_scan vg_html_arena vg_html_walk vg_html_select vg_jsonld vg_lang vg_cleanlex vg_tsv"
flags="-std=c11 -D_GNU_SOURCE -O1 -g -w $CLEAN_COMPARE_CFLAGS $(pkg-config --cflags gumbo libutf8proc)"
libs="$(pkg-config --libs gumbo libutf8proc) -lz -lm"
mkdir -p "$tmp/old" "$tmp/dev"
(cd "$root" && git archive "$rev" libvigil knowledge/clean.tsv) | tar -x -C "$tmp/old"
build() { # $1 = tree (libvigil/ and knowledge/clean.tsv: each build reads its own lists), $2 = output
    src=""
    for m in $mods; do [ -f "$1/libvigil/$m.c" ] && src="$src $1/libvigil/$m.c"; done
    cc $flags -DCLEAN_TSV="\"$1/knowledge/clean.tsv\"" -I"$1/libvigil" -o "$2" "$here/clean-compare.c" $src $libs
}
build "$tmp/old" "$tmp/cmp-old" &
build "$root" "$tmp/cmp-new"
wait
/usr/bin/python3 - "$shared/dev/articles.jsonl" "$tmp/dev" <<'PYEOF'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    t = json.loads(line).get("text")
    if t is not None:
        open("%s/%03d.txt" % (sys.argv[2], i), "w", encoding="utf-8").write(t)
PYEOF
set -- "$shared"/seeds/*.txt "$tmp"/dev/*.txt "$shared"/dev/articles.jsonl \
    "$shared"/bench/article-extraction/html/*.html.gz "$root"/fuzz/corpus/fuzz_clean/*
(cd "$tmp" && ./cmp-old "$@" > old.txt) &
(cd "$tmp" && ./cmp-new "$@" > new.txt)
wait
echo "compared $(wc -l < "$tmp/new.txt") outputs ($# inputs x 3 modes, jsonl lines twice)"
if cmp -s "$tmp/old.txt" "$tmp/new.txt"; then
    echo "IDENTICAL"
else
    diff "$tmp/old.txt" "$tmp/new.txt" | head -40
    echo "DIFFERENT"
    exit 1
fi
