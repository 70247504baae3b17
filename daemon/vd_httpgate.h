/*
 * vd_httpgate.h - the admission gate in front of vigild's HTTP server.
 *
 * libmicrohttpd serves the requests (vd_http); this gate owns the listening
 * socket and every connection until its request head has arrived whole and
 * passed vd_httphead_check(), so idle, trickling and malformed clients never
 * reach the server and cannot hold its slots:
 *
 *  - a connection must deliver its complete request head within
 *    header_timeout_ms of connecting (a total, not an inactivity timer, so
 *    trickling a byte at a time does not help), and its reply must be read
 *    within reply_timeout_ms;
 *  - at most max_per_ip connections per client address and max_conns in
 *    all; a newcomer over either limit displaces the oldest connection of
 *    the same kind that is still waiting for its head (the address's own at
 *    the per-address limit), so the newest client always gets in and an
 *    idle crowd only ever holds the newest slots;
 *  - when nothing can be displaced (every slot is busy being answered), the
 *    newcomer takes one of `reserved` extra slots, which answer only
 *    /healthz and /readyz (503 otherwise): health stays answerable at the
 *    limit;
 *  - a malformed head gets 400 at once, an over-long request line 414, an
 *    over-large head 431, written by the gate itself (libmicrohttpd 0.9.75
 *    answers some garbage with silence).
 *
 * Every connection closed by a limit or a check is counted in
 * vigil_http_rejected_total{reason} and summed up in one log line per 10 s.
 * Single-threaded: every function runs on the HTTP thread.
 */
#ifndef VD_HTTPGATE_H
#define VD_HTTPGATE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

typedef struct vd_httpgate_limits {
    unsigned max_conns;  /* connections in all (not counting the reserve) */
    unsigned max_per_ip; /* per client address */
    unsigned reserved;   /* extra slots for /healthz and /readyz */
    unsigned header_timeout_ms;
    unsigned reply_timeout_ms;
    size_t max_header_bytes;
} vd_httpgate_limits;

typedef struct vd_httpgate vd_httpgate;

/* Hand a connection whose head is complete and valid to the server; ref is
 * the gate's handle for it, to be given back to vd_httpgate_released() when
 * the server closes the socket.  Returns 0 when taken, -1 when the server
 * refused it (and closed the socket). */
typedef int (*vd_httpgate_handoff)(void *ctx, int fd, const struct sockaddr *addr,
                                   socklen_t addrlen, void *ref);

/* Listen on addr and run an epoll set holding the listener, the
 * connections being read, and extra_fd (the server's own epoll fd, -1 for
 * none).  Returns 0 or -1 with err set. */
int vd_httpgate_new(const vd_httpgate_limits *lim, const struct sockaddr *addr, socklen_t addrlen,
                    int extra_fd, vd_httpgate_handoff fn, void *ctx, vd_httpgate **out, char *err,
                    size_t errlen);
/* Closes the listener and the connections still being read; call it after
 * the server has released every connection it was handed. */
void vd_httpgate_free(vd_httpgate *g); /* accepts NULL */

/* Wait up to timeout_ms for activity, then accept, read heads, hand off,
 * and enforce deadlines.  The caller runs the server after each call. */
void vd_httpgate_run(vd_httpgate *g, int timeout_ms);

/* The port listened on (useful when asked for port 0). */
unsigned vd_httpgate_port(const vd_httpgate *g);

/* The server closed a connection it was handed (ref from the handoff). */
void vd_httpgate_released(vd_httpgate *g, void *ref);

#endif
