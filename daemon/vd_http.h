/*
 * vd_http.h - vigild's metrics and health listener (libmicrohttpd behind
 * an admission gate).
 *
 *   GET /metrics  Prometheus text exposition of vd_stats_registry()
 *   GET /healthz  200 while the main loop turns (liveness), else 503
 *   GET /readyz   200 once consuming: clients connected, partitions
 *                 assigned (readiness), else 503
 *
 * The listener runs in a thread of its own, so a slow scraper never delays
 * the main loop, and it only reads state that vd_stats keeps thread safe.
 * It binds http.listen:http.port (loopback by default: the endpoints are
 * unauthenticated, expose them deliberately).  Connections pass the gate of
 * vd_httpgate.h first (limits per address and in all, a deadline for the
 * request head, a reserve for health, 400 for garbage); every answer closes
 * its connection, so each request passes the gate.
 */
#ifndef VD_HTTP_H
#define VD_HTTP_H

#include <stddef.h>

#include "vd_httpgate.h"

typedef struct vd_http vd_http;

typedef struct vd_http_opts {
    const char *listen;      /* numeric IPv4 or IPv6 address */
    long long port;          /* 1..65535 */
    double health_max_age_s; /* /healthz fails when the main loop has not turned for this long */
    vd_httpgate_limits lim;
} vd_http_opts;

/* Returns 0 or -1 with err set. */
int vd_http_start(const vd_http_opts *o, vd_http **out, char *err, size_t errlen);
void vd_http_stop(vd_http *h); /* accepts NULL */

#endif
