/*
 * vg_lang.h - language identification by stopword frequency.
 */
#ifndef VG_LANG_H
#define VG_LANG_H

#include <stddef.h>

struct vg_cleanlex;

/* Write the ISO 639-1 code of the language of s[0..n) into lang ("" when
 * unknown), from the stopwords of cl (knowledge/clean.tsv).  Looks at the
 * first 64 KB only. */
void vg_lang_detect(const struct vg_cleanlex *cl, const char *s, size_t n, char lang[3]);

#endif
