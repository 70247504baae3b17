/*
 * vg_fmt.h - small formatting without stdio for the hot paths of extraction
 * (event ids, dates): a bounded string builder with snprintf's semantics.
 *
 * A vg_fmt writes into a caller's buffer of cap bytes, keeps it
 * NUL-terminated (when cap > 0) and counts every byte it was asked to write,
 * like the return value of snprintf, so output and truncation are the same
 * as with the "%s", "%0*ld" and "%016llx" conversions it replaces.
 */
#ifndef VG_FMT_H
#define VG_FMT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct vg_fmt {
    char *buf;
    size_t cap;
    size_t len; /* bytes asked for so far (may exceed cap - 1) */
} vg_fmt;

void vg_fmt_init(vg_fmt *f, char *buf, size_t cap);

/* Append n bytes of s. */
static inline void vg_fmt_put(vg_fmt *f, const char *s, size_t n)
{
    if (f->cap && f->len < f->cap - 1) {
        size_t room = f->cap - 1 - f->len;
        size_t k = n < room ? n : room;
        memcpy(f->buf + f->len, s, k);
        f->buf[f->len + k] = 0;
    }
    f->len += n;
}

/* Append s (NULL appends nothing). */
static inline void vg_fmt_str(vg_fmt *f, const char *s)
{
    if (s)
        vg_fmt_put(f, s, strlen(s));
}

/* Append v in decimal, zero-padded to width like "%0*ld" (the sign counts
 * in the width). */
void vg_fmt_long(vg_fmt *f, long v, int width);

/* Append v as 16 lower-case hex digits ("%016llx"). */
void vg_fmt_hex64(vg_fmt *f, uint64_t v);

#endif
