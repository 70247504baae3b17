/*
 * vg_utf8.h - strict UTF-8 decoding and encoding helpers.
 *
 * Decoding follows the Unicode "maximal subpart" rule: an invalid sequence
 * consumes as few bytes as possible and yields one U+FFFD, so repair is
 * deterministic and never swallows the following valid text.
 */
#ifndef VG_UTF8_H
#define VG_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define VG_UTF8_BAD 0xFFFFFFFFu

/* Decode one code point at s[0..n) (n >= 1).  Sets *len to the bytes used
 * (>= 1).  Returns the code point, or VG_UTF8_BAD for an invalid sequence. */
uint32_t vg_utf8_decode(const unsigned char *s, size_t n, size_t *len);

/* Encode cp into out (4 bytes room); returns the byte count. */
size_t vg_utf8_encode(uint32_t cp, char *out);

typedef struct vg_utf8_stats {
    size_t chars;   /* code points (invalid sequences count as one) */
    size_t invalid; /* invalid sequences */
    size_t nul;     /* NUL bytes */
    size_t ctrl;    /* C0 controls other than TAB LF CR FF */
} vg_utf8_stats;

/* Scan s[0..n) and fill *st.  Returns 0. */
int vg_utf8_scan(const char *s, size_t n, vg_utf8_stats *st);

/* 1 when the stats describe binary data rather than text. */
int vg_utf8_is_binary(const vg_utf8_stats *st);

#endif
