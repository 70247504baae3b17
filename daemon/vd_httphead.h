/*
 * vd_httphead.h - strict check of an HTTP/1.x request head, before any HTTP
 * library sees it.
 *
 * vigild's listener (vd_http) reads a request head without consuming it
 * (MSG_PEEK) and asks this checker whether it is complete, well formed and
 * small enough; only then is the socket handed to libmicrohttpd.  The
 * grammar is RFC 9112's, with the usual tolerances (bare LF line ends, empty
 * lines before the request line) and nothing else: a method of token
 * characters, one space, a request target of visible ASCII, one space,
 * HTTP/d.d; header lines "name: value" with a token name and a value free of
 * control characters (HTAB allowed, obs-text allowed); no line folding.
 * Bytes are judged as they arrive, so garbage is refused at its first wrong
 * byte, blank line or not (libmicrohttpd 0.9.75 closes some malformed
 * requests without an answer and waits out its timeout on others: a line
 * that starts with a NUL byte reads as empty to it).
 *
 * Pure: no I/O, no allocation, no globals; fuzzed by fuzz/fuzz_httphead.c.
 */
#ifndef VD_HTTPHEAD_H
#define VD_HTTPHEAD_H

#include <stddef.h>

typedef enum {
    VD_HEAD_INCOMPLETE = 0,     /* fine so far, the blank line not yet seen */
    VD_HEAD_OK = 1,             /* complete and well formed */
    VD_HEAD_BAD = 400,          /* malformed */
    VD_HEAD_URI_TOO_LONG = 414, /* the request line alone passes max */
    VD_HEAD_TOO_LARGE = 431,    /* the head passes max */
} vd_head_status;

typedef struct vd_head {
    size_t len;                    /* VD_HEAD_OK: bytes of the head, blank line included */
    size_t target_off, target_len; /* the request target, once the request line is seen */
} vd_head;

/* Check the first len bytes received on a connection; a head longer than
 * max bytes (blank line included) is refused.  buf need not be
 * NUL-terminated.  out may be NULL. */
vd_head_status vd_httphead_check(const char *buf, size_t len, size_t max, vd_head *out);

/* 1 when the request target's path (before any '?') is exactly path. */
int vd_httphead_path_is(const char *buf, const vd_head *h, const char *path);

#endif
