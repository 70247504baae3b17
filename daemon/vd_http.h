/*
 * vd_http.h - vigild's metrics and health listener (libmicrohttpd).
 *
 *   GET /metrics  Prometheus text exposition of vd_stats_registry()
 *   GET /healthz  200 while the main loop turns (liveness), else 503
 *   GET /readyz   200 once consuming: clients connected, partitions
 *                 assigned (readiness), else 503
 *
 * The listener runs in libmicrohttpd's own thread, so a slow scraper never
 * delays the main loop, and it only reads state that vd_stats keeps thread
 * safe.  It binds http.listen:http.port (loopback by default: the endpoints
 * are unauthenticated, expose them deliberately).
 */
#ifndef VD_HTTP_H
#define VD_HTTP_H

#include <stddef.h>

typedef struct vd_http vd_http;

/* listen: numeric IPv4 or IPv6 address; port 1..65535.  health_max_age_s:
 * /healthz fails when the main loop has not turned for this long.  Returns
 * 0 or -1 with err set. */
int vd_http_start(const char *listen, long long port, double health_max_age_s, vd_http **out,
                  char *err, size_t errlen);
void vd_http_stop(vd_http *h); /* accepts NULL */

#endif
