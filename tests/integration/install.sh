#!/bin/sh
# install.sh - `make install PREFIX=/usr DESTDIR=...` puts vigild, vigil, the
# knowledge data, the unit, the example config and the three man pages where
# they belong; the installed unit runs the installed binary with the
# installed config; the installed vigild looks for its knowledge under the
# PREFIX it was installed for (not the one of an earlier build).
# The test relinks in a copy of the build directory, so the tree under test
# and other builds of it are left alone.
. "$(dirname "$0")/_lib.sh"
R=$T/root
cp -a "$B" "$T/build"
make --no-print-directory -s install VARIANT="$(basename "$B")" B="$T/build" PREFIX=/usr \
    DESTDIR="$R" > "$T/install.log" 2>&1 || fail "make install failed: $(tail -n 20 "$T/install.log")"

for f in usr/sbin/vigild usr/bin/vigil; do
    [ -x "$R/$f" ] || fail "$f not installed executable"
done
for f in usr/share/vigil/knowledge/gazetteer.tsv usr/share/vigil/knowledge/actors.tsv \
    usr/share/vigil/knowledge/lexicon.tsv usr/lib/systemd/system/vigild.service \
    etc/vigil/vigild.conf usr/share/man/man8/vigild.8 usr/share/man/man1/vigil.1 \
    usr/share/man/man5/vigil.conf.5; do
    [ -f "$R/$f" ] || fail "$f not installed"
done
for f in knowledge/*; do
    cmp -s "$f" "$R/usr/share/vigil/$f" || fail "$f not installed unchanged"
done
cmp -s config/vigild.conf "$R/etc/vigil/vigild.conf" || fail "example config differs"

# Every Exec*= of the installed unit names an installed program (or /bin/kill)
# and the installed config.
U=$R/usr/lib/systemd/system/vigild.service
grep -q '^ExecStart=/usr/sbin/vigild -c /etc/vigil/vigild.conf$' "$U" || fail "ExecStart: $(grep ^ExecStart= "$U")"
grep '^Exec[A-Za-z]*=' "$U" | sed 's/^[^=]*=[-@:+!]*//; s/ .*//' | while read -r prog; do
    [ "$prog" = /bin/kill ] && continue
    [ -x "$R$prog" ] || { echo "unit runs $prog, which is not installed"; exit 1; }
done || fail "unit points at a program that is not installed"

# The installed binaries find their data under PREFIX=/usr.
strings "$R/usr/sbin/vigild" | grep -qx '/usr/share/vigil/knowledge' ||
    fail "installed vigild does not look for knowledge in /usr/share/vigil/knowledge"
(cd "$T" && VIGIL_KNOWLEDGE="$R/usr/share/vigil/knowledge" "$R/usr/sbin/vigild" --check-config \
    -c "$R/etc/vigil/vigild.conf") > "$T/check.log" 2>&1 || fail "installed vigild rejects its own setup: $(cat "$T/check.log")"
for p in vigild.8 vigil.1 vigil.conf.5; do
    s=${p##*.}
    groff -man -z "$R/usr/share/man/man$s/$p" 2> /dev/null || fail "man page $p does not format"
done
echo "install: ok ($(find "$R" -type f | wc -l) files)"
