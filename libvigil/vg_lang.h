/*
 * vg_lang.h - language identification by stopword frequency.
 */
#ifndef VG_LANG_H
#define VG_LANG_H

#include <stddef.h>

/* Write the ISO 639-1 code of the language of s[0..n) into lang ("" when
 * unknown).  Looks at the first 64 KB only. */
void vg_lang_detect(const char *s, size_t n, char lang[3]);

#endif
