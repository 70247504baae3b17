/*
 * vg_mbuf.h - growable UTF-8 buffer that remembers where its bytes came from.
 *
 * Every cleaning stage appends text together with the raw byte range it was
 * produced from; runs that are byte-for-byte copies of contiguous raw bytes
 * are merged into one span, so clean text costs one span per edit, not per
 * byte.  The buffer enforces an output cap (VG_EOUTPUT) itself, so no stage
 * can grow memory past the limit.
 */
#ifndef VG_MBUF_H
#define VG_MBUF_H

#include "vigil.h"

typedef struct vg_mbuf {
    char *buf;
    size_t len, cap;
    vg_span *spans;
    size_t nspans, scap;
    size_t limit; /* max bytes in buf; exceeding it gives VG_EOUTPUT */
} vg_mbuf;

void vg_mbuf_init(vg_mbuf *mb, size_t limit);
void vg_mbuf_free(vg_mbuf *mb);

/* Pre-size for about n bytes (capped by the limit) so that appends do not
 * reallocate; purely an optimisation, never an error. */
void vg_mbuf_reserve(vg_mbuf *mb, size_t n);

/* Append s[0..n) produced from raw [raw_off, raw_off + raw_len). */
int vg_mbuf_put(vg_mbuf *mb, const char *s, size_t n, size_t raw_off, size_t raw_len);

/* Append src->buf[a..b), mapping its spans through to raw offsets. */
int vg_mbuf_put_from(vg_mbuf *mb, const vg_mbuf *src, size_t a, size_t b);

/* Drop bytes past len (and spans starting there). */
void vg_mbuf_truncate(vg_mbuf *mb, size_t len);

/* Raw range of clean range [cs, ce) according to spans[0..n). */
void vg_mbuf_raw_range(const vg_span *spans, size_t n, size_t clean_len, size_t cs, size_t ce,
                       size_t *rs, size_t *re);

#endif
