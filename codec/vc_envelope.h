/*
 * vc_envelope.h - decode one input message into an article envelope.
 *
 * Input is either a JSON object {"id","url","source","title","published",
 * "lang","text"|"html"} (unknown fields ignored: the shared gold files carry
 * "events"), or any other payload taken as the article itself (HTML when it
 * looks like a page).  Every way a message can be wrong maps to one stable
 * error class, which the daemon puts in the dead-letter headers.
 */
#ifndef VC_ENVELOPE_H
#define VC_ENVELOPE_H

#include <stddef.h>

typedef struct vc_envelope {
    char *id;  /* always set: given, or "h:" + content hash */
    char *url; /* NULL when absent (same for the others) */
    char *source;
    char *title;
    char *published; /* "YYYY-MM-DD" (RFC 3339 input is cut to its date) or NULL */
    char *lang;
    char *body; /* article bytes (text or HTML), NUL-terminated */
    size_t body_len;
    int is_html;       /* 1: from "html" field or sniffed as a page */
    int is_json;       /* 1: came as a JSON envelope */
    int bad_published; /* a published value was given but not understood */
} vc_envelope;

typedef struct vc_envelope_limits {
    size_t max_bytes;   /* whole message */
    unsigned max_depth; /* JSON nesting */
} vc_envelope_limits;

/* Error classes (negative), see vc_envelope_strerror(). */
enum {
    VC_ENV_EEMPTY = -100,  /* empty message */
    VC_ENV_ETOOBIG = -101, /* over max_bytes */
    VC_ENV_EDEPTH = -102,  /* JSON nested deeper than max_depth */
    VC_ENV_EJSON = -103,   /* looks like JSON but does not parse */
    VC_ENV_ETYPE = -104,   /* a known field has the wrong type, or not an object */
    VC_ENV_ENOBODY = -105, /* neither "text" nor "html" */
    VC_ENV_EBINARY = -106, /* NUL bytes or not text */
    VC_ENV_ENOMEM = -107,
};

const char *vc_envelope_strerror(int err);

/* Decode buf[0..len).  On error returns a VC_ENV_E* code and writes a
 * human-readable reason to err.  On success the caller frees with
 * vc_envelope_free(). */
int vc_envelope_decode(const char *buf, size_t len, const vc_envelope_limits *lim, vc_envelope *out,
                       char *err, size_t errlen);
void vc_envelope_free(vc_envelope *env);

/* 1 when the bytes look like an HTML page rather than text. */
int vc_looks_like_html(const char *s, size_t len);

#endif
