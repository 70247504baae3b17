/*
 * vg_entities.h - decoding of HTML character references (&amp; &#233; &#xE9;).
 */
#ifndef VG_ENTITIES_H
#define VG_ENTITIES_H

#include <stddef.h>
#include <stdint.h>

/* s[0] == '&'.  When s[0..n) starts with a character reference, store its
 * code point in *cp and return the bytes it spans; else return 0. */
size_t vg_entities_decode(const char *s, size_t n, uint32_t *cp);

#endif
