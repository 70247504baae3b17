/*
 * vg_norm.h - tokenising and folding text for dictionary matching.
 *
 * Every dictionary lookup in vigil (places, actors, triggers) compares folded
 * tokens: lower case, diacritics stripped (Tillabéri == Tillaberi), and any
 * run of non-alphanumeric characters acting as one separator (so "ul-Islam",
 * "ul Islam" and "d'Ivoire"/"d’Ivoire" fold alike).  A token is a maximal run
 * of Unicode letters and digits.  Pure functions, no allocation.
 */
#ifndef VG_NORM_H
#define VG_NORM_H

#include <stddef.h>
#include <stdint.h>

/* Find the next token in s[*pos..len).  Returns 1 and sets [*ts, *te) (raw
 * byte offsets) and advances *pos past it; returns 0 at the end. */
int vg_tok_next(const char *s, size_t len, size_t *pos, size_t *ts, size_t *te);

/* End of the token that continues at s[i] (inside a token, or just past
 * its leading ASCII run: a non-ASCII letter, digit or combining mark there
 * extends it).  ASCII runs take a fast path. */
size_t vg_tok_end(const char *s, size_t len, size_t i);

/* Fold the token s[0..len) into out (cap bytes, NUL-terminated).  Returns
 * the folded length, or 0 when it does not fit (out is then ""). */
size_t vg_fold_token(const char *s, size_t len, char *out, size_t cap);

/* Fold a whole phrase: tokens folded and joined by single spaces.  Returns
 * the length, or 0 when empty or when it does not fit. */
size_t vg_fold_phrase(const char *s, size_t len, char *out, size_t cap);

/* Decode one UTF-8 code point at s (len > 0).  Returns its byte length
 * (>= 1) and stores the code point (U+FFFD for an invalid sequence). */
size_t vg_norm_decode(const char *s, size_t len, int32_t *cp);

/* 1 when the code point is a letter or a digit. */
int vg_norm_is_alnum(int32_t cp);

/* 1 when the code point is upper case (utf8proc_isupper). */
int vg_norm_is_upper(int32_t cp);

#endif
