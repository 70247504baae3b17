#!/bin/sh
# hardening.sh - vigild and vigil are built hardened: position-independent,
# RELRO with immediate binding (-z relro -z now), stack protector; and the
# release build compiles with _FORTIFY_SOURCE=2 and -Wformat=2 (the
# sanitizer builds leave FORTIFY out: its checked copies would bypass the
# sanitizers).
set -eu
B=${B:-build/asan}
bad=0
for p in "$B/vigild" "$B/vigil"; do
    h=$(readelf -hW "$p")
    d=$(readelf -dW "$p")
    l=$(readelf -lW "$p")
    s=$(nm -D "$p")
    echo "$h" | grep -q 'Type: *DYN' || { echo "$p: not position-independent"; bad=1; }
    echo "$d" | grep -q 'FLAGS_1.*PIE' || { echo "$p: no PIE flag"; bad=1; }
    echo "$d" | grep -q 'BIND_NOW' || { echo "$p: no BIND_NOW (-z now)"; bad=1; }
    echo "$l" | grep -q 'GNU_RELRO' || { echo "$p: no RELRO"; bad=1; }
    echo "$s" | grep -q '__stack_chk_fail' || { echo "$p: no stack protector"; bad=1; }
    echo "$p: PIE, RELRO, BIND_NOW, stack protector"
done
rel=$(make -s -n -B VARIANT=rel build/rel/obj/daemon/vd_log.o 2>/dev/null | grep -- ' -c daemon/vd_log.c')
for f in -D_FORTIFY_SOURCE=2 -Wformat=2 -fstack-protector-strong -fPIE; do
    case " $rel " in *" $f "*) ;; *) echo "release compile lacks $f: $rel"; bad=1 ;; esac
done
echo "release compile: _FORTIFY_SOURCE=2, -Wformat=2, -fstack-protector-strong, -fPIE"
# jemalloc replaces malloc without being named, so it must be linked
# --no-as-needed or the linker drops it (it once was dropped unnoticed).
link=$(make -s -n -B VARIANT=rel build/rel/vigild 2>/dev/null | grep -- '-o build/rel/vigild')
if echo "$link" | grep -Eq -- '--no-as-needed +-ljemalloc +-Wl,--as-needed'; then
    echo "release link: jemalloc kept (--no-as-needed)"
else
    echo "release link of vigild lacks '-Wl,--no-as-needed -ljemalloc': $link"; bad=1
fi
if [ -x build/rel/vigild ] && ! readelf -dW build/rel/vigild | grep -q 'NEEDED.*libjemalloc'; then
    echo "build/rel/vigild does not load libjemalloc (rebuild it)"; bad=1
fi
exit "$bad"
