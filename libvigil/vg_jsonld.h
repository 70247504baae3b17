/*
 * vg_jsonld.h - bounded extraction of one string field from JSON-LD blocks.
 *
 * Pages often carry the article text in <script type="application/ld+json">
 * as "articleBody".  The library has no JSON dependency, so this is a small
 * hand-written scanner: it only finds a key and decodes its string value.
 */
#ifndef VG_JSONLD_H
#define VG_JSONLD_H

#include "vg_decode.h"

/* Find "key": "..." in s[0..n).  On success set [*vs, *ve) to the escaped
 * string contents (offsets in s) and return 1; else 0.  The scan is linear
 * and ignores nesting, so it cannot be driven into deep recursion. */
int vg_jsonld_find(const char *s, size_t n, const char *key, size_t *vs, size_t *ve);

/* Unescape the JSON string contents s[0..n) (source offset base) through the
 * decoder into out; "\n" escapes become newlines. */
int vg_jsonld_decode(vg_decoder *d, vg_mbuf *out, const char *s, size_t n, size_t base);

#endif
