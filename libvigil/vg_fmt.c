/*
 * vg_fmt.c - bounded string building (see vg_fmt.h).
 *
 * Every append goes through vg_fmt_put(), which copies what still fits before the
 * terminating NUL and counts the rest, so a vg_fmt behaves like one
 * snprintf call over the whole sequence of appends.
 */
#include "vg_fmt.h"

#include <string.h>

void vg_fmt_init(vg_fmt *f, char *buf, size_t cap)
{
    f->buf = buf;
    f->cap = cap;
    f->len = 0;
    if (cap)
        buf[0] = 0;
}

void vg_fmt_long(vg_fmt *f, long v, int width)
{
    char tmp[64];
    size_t i = sizeof(tmp);
    unsigned long mag = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        tmp[--i] = (char)('0' + mag % 10);
        mag /= 10;
    } while (mag);
    int sign = v < 0;
    int ndig = (int)(sizeof(tmp) - i);
    if (width > 48)
        width = 48;
    while (sign + ndig < width) {
        tmp[--i] = '0';
        ndig++;
    }
    if (sign)
        tmp[--i] = '-';
    vg_fmt_put(f, tmp + i, sizeof(tmp) - i);
}

void vg_fmt_hex64(vg_fmt *f, uint64_t v)
{
    static const char hex[] = "0123456789abcdef";
    char tmp[16];
    for (int i = 15; i >= 0; i--) {
        tmp[i] = hex[v & 15];
        v >>= 4;
    }
    vg_fmt_put(f, tmp, sizeof(tmp));
}
