/*
 * vg_charset.h - declared-charset handling: labels, sniffing, single-byte
 * code pages.
 *
 * Only the encodings news pages really use besides UTF-8 are converted:
 * windows-1252 and ISO-8859-1 (treated as windows-1252, as browsers do).
 * Every other label falls back to UTF-8 with repair.
 */
#ifndef VG_CHARSET_H
#define VG_CHARSET_H

#include <stddef.h>
#include <stdint.h>

enum { VG_CS_UTF8 = 0, VG_CS_CP1252 = 1 };

/* Charset id of a label such as "windows-1252" or "UTF-8" (len bytes). */
int vg_charset_from_label(const char *label, size_t len);

/* Charset declared by an HTML page in its first few KB (meta charset or
 * http-equiv content), VG_CS_UTF8 when none or unknown. */
int vg_charset_sniff_html(const char *s, size_t n);

/* Unicode code point of byte b in windows-1252. */
uint32_t vg_charset_cp1252(unsigned char b);

#endif
