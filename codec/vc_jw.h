/*
 * vc_jw.h - a streaming JSON writer for the hot output path.
 *
 * Building a Jansson tree for every event and dumping it cost more than
 * cleaning and extraction together on short articles (perf: json_dumps plus
 * the tree was 47 % of the per-article CPU).  Events have a fixed shape, so
 * the encoder writes key fragments and values straight into one growable
 * buffer instead.  The output is byte-for-byte what Jansson's
 * json_dumps(JSON_COMPACT | JSON_REAL_PRECISION(6)) gave for the same values
 * (tests/unit/test_event_json.c keeps Jansson as the reference), except that
 * invalid UTF-8, which Jansson refused (dropping the key), is written as
 * U+FFFD so the output is always valid JSON.
 *
 * Errors are sticky: after an allocation failure or the size cap every call
 * is a no-op and vc_jw_finish() reports the error, so callers write a whole
 * document without checking each call.
 */
#ifndef VC_JW_H
#define VC_JW_H

#include <stddef.h>

typedef struct vc_jw {
    char *buf;
    size_t len, cap;
    size_t limit; /* most bytes the document may take; 0 = no cap */
    int err;      /* 0, VG_ENOMEM or VG_EOUTPUT */
} vc_jw;

/* Start a document; hint pre-sizes the buffer, limit caps it (0: none). */
void vc_jw_init(vc_jw *w, size_t hint, size_t limit);

/* Discard the buffer (NULL-safe). */
void vc_jw_free(vc_jw *w);

/* On success hand over the NUL-terminated document (the caller frees it
 * with free()) and return 0; otherwise free it and return the error. */
int vc_jw_finish(vc_jw *w, char **out, size_t *len);

/* Bytes written as they are (JSON punctuation, keys known to need no
 * escaping). */
void vc_jw_raw(vc_jw *w, const char *s, size_t n);
#define VC_JW_LIT(w, lit) vc_jw_raw((w), (lit), sizeof(lit) - 1)

/* A JSON string from s[0..n): escaped, invalid UTF-8 replaced by U+FFFD. */
void vc_jw_str(vc_jw *w, const char *s, size_t n);

/* A string, or null when s is NULL or empty. */
void vc_jw_str_or_null(vc_jw *w, const char *s);

void vc_jw_int(vc_jw *w, long long v);

/* A finite double as Jansson writes it with JSON_REAL_PRECISION(6):
 * "%.6g", ".0" appended when there is neither '.' nor 'e', the exponent
 * without '+' or leading zeros.  Non-finite values are written as null. */
void vc_jw_real(vc_jw *w, double v);

void vc_jw_bool(vc_jw *w, int v);

#endif
