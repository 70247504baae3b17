/*
 * vg_decode.h - bytes to normalised UTF-8 text, with the offset map kept.
 *
 * One pass does everything that is per character: charset conversion
 * (windows-1252), UTF-8 repair (U+FFFD, counted), optional entity decoding,
 * whitespace normalisation (NBSP and the other Unicode spaces become ' ',
 * runs collapse), removal of invisible characters (ZWSP, BOM, soft hyphen,
 * controls) and hyphen variants to '-'.  Curly quotes, en and em dashes and
 * letters are kept as they are.
 */
#ifndef VG_DECODE_H
#define VG_DECODE_H

#include "vg_mbuf.h"

typedef struct vg_decoder {
    int charset;           /* VG_CS_* of the source bytes */
    int entities;          /* decode &...; references */
    int html;              /* newlines are plain whitespace (HTML text) */
    const vg_mbuf *srcmap; /* when non-NULL, source offsets go through it */
    unsigned repaired;     /* invalid UTF-8 sequences replaced */
    int at_space;          /* last output was whitespace or a unit start */
    int verbatim;          /* only convert charset / repair UTF-8, no normalising */
    int fixed;             /* map every output byte to [fixed_off, +fixed_len) */
    size_t fixed_off, fixed_len;
} vg_decoder;

/* Append the normalised text of src[0..n) (at source offset base) to out. */
int vg_decode(vg_decoder *d, vg_mbuf *out, const char *src, size_t n, size_t base);

#endif
