/*
 * vd_http.c - metrics and health endpoints on libmicrohttpd (see vd_http.h).
 *
 * One internal polling thread, a small connection limit and a short
 * connection timeout: the clients are a Prometheus scraper and a probe, and
 * a misbehaving client must not pin memory or threads.  Every response is
 * built from a buffer MHD copies or frees, so nothing outlives a request.
 */
#include "vd_http.h"
#include "vd_log.h"
#include "vd_stats.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct vd_http {
    struct MHD_Daemon *mhd;
    double health_max_age_s;
};

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *type,
                             char *body, size_t len, int owned)
{
    struct MHD_Response *r =
        owned ? MHD_create_response_from_buffer_with_free_callback(len, body, free)
              : MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_COPY);
    if (!r) {
        if (owned)
            free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result text(struct MHD_Connection *c, unsigned status, const char *msg)
{
    char body[512];
    int n = snprintf(body, sizeof(body), "%s\n", msg);
    return reply(c, status, "text/plain; charset=utf-8", body,
                 n < 0                      ? 0
                 : (size_t)n < sizeof(body) ? (size_t)n
                                            : sizeof(body) - 1,
                 0);
}

static enum MHD_Result metrics(struct MHD_Connection *c)
{
    char *body = NULL;
    size_t len = 0;
    vd_registry *reg = vd_stats_registry();
    if (!reg || vd_registry_render(reg, &body, &len) < 0)
        return text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "metrics unavailable");
    return reply(c, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", body, len, 1);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls)
{
    vd_http *h = cls;
    char why[256];
    (void)version;
    (void)upload;
    (void)con_cls;
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return text(c, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET");
    if (*upload_size)
        return MHD_NO;
    if (strcmp(url, "/metrics") == 0)
        return metrics(c);
    if (strcmp(url, "/healthz") == 0) {
        int ok = vd_stats_healthy(h->health_max_age_s, why, sizeof(why));
        return text(c, ok ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE, why);
    }
    if (strcmp(url, "/readyz") == 0) {
        int ok = vd_stats_ready(why, sizeof(why));
        return text(c, ok ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE, why);
    }
    return text(c, MHD_HTTP_NOT_FOUND, "not found: try /metrics, /healthz or /readyz");
}

/* Resolve a numeric address (no DNS: the daemon must not block on it). */
static int resolve(const char *listen, long long port, struct sockaddr_storage *ss, char *err,
                   size_t errlen)
{
    struct addrinfo hints = {.ai_flags = AI_NUMERICHOST | AI_PASSIVE, .ai_socktype = SOCK_STREAM};
    struct addrinfo *ai = NULL;
    char ports[16];
    snprintf(ports, sizeof(ports), "%lld", port);
    int rc = getaddrinfo(listen, ports, &hints, &ai);
    if (rc != 0 || !ai) {
        snprintf(err, errlen, "http.listen %s: not a numeric address: %s", listen,
                 gai_strerror(rc));
        if (ai)
            freeaddrinfo(ai);
        return -1;
    }
    memcpy(ss, ai->ai_addr, ai->ai_addrlen);
    freeaddrinfo(ai);
    return 0;
}

int vd_http_start(const char *listen, long long port, double health_max_age_s, vd_http **out,
                  char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    vd_http *h = NULL;
    *out = NULL;
    if (port < 1 || port > 65535) {
        snprintf(err, errlen, "http.port %lld out of range", port);
        return -1;
    }
    if (resolve(listen, port, &ss, err, errlen) < 0)
        return -1;
    if (!(h = calloc(1, sizeof(*h)))) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    h->health_max_age_s = health_max_age_s;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO;
    if (ss.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    h->mhd = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, handle, h, MHD_OPTION_SOCK_ADDR,
                              (struct sockaddr *)&ss, MHD_OPTION_CONNECTION_LIMIT, (unsigned)16,
                              MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10, MHD_OPTION_END);
    if (!h->mhd) {
        snprintf(err, errlen, "cannot listen on %s port %lld (address in use?)", listen, port);
        free(h);
        return -1;
    }
    vd_log(LOG_NOTICE, "metrics and health listener on %s%s%s:%lld (/metrics /healthz /readyz)",
           ss.ss_family == AF_INET6 ? "[" : "", listen, ss.ss_family == AF_INET6 ? "]" : "", port);
    *out = h;
    return 0;
}

void vd_http_stop(vd_http *h)
{
    if (!h)
        return;
    if (h->mhd)
        MHD_stop_daemon(h->mhd);
    free(h);
}
