/*
 * vd_http.c - metrics and health endpoints on libmicrohttpd (see vd_http.h).
 *
 * One thread runs both the admission gate and libmicrohttpd, the latter in
 * its "external polling" mode (epoll, no listening socket of its own): the
 * gate's epoll set holds libmicrohttpd's epoll descriptor, so one wait
 * covers both, and the gate hands each accepted, checked connection over
 * with MHD_add_connection().  Being one thread, the gate's slot table needs
 * no lock: libmicrohttpd's connection notifications (which give slots back)
 * run inside MHD_add_connection() and MHD_run() on this same thread.
 * Every response is built from a buffer MHD copies or frees, so nothing
 * outlives a request, and carries "Connection: close".
 */
#include "vd_http.h"
#include "vd_log.h"
#include "vd_stats.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>

/* descriptors left to the rest of vigild (Kafka sockets, the journal, ...) */
#define FD_HEADROOM 128

struct vd_http {
    struct MHD_Daemon *mhd;
    vd_httpgate *gate;
    double health_max_age_s;
    pthread_t thread;
    int running;
    atomic_int stop;
    void *handing; /* the gate's ref of the connection being added */
    int attached;  /* MHD took it (its STARTED notification ran) */
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
    /* one request per connection: every request passes the gate's checks */
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
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
static int resolve(const char *listen, long long port, struct sockaddr_storage *ss,
                   socklen_t *sslen, char *err, size_t errlen)
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
    *sslen = ai->ai_addrlen;
    freeaddrinfo(ai);
    return 0;
}

/* MHD's connection notifications: STARTED runs inside MHD_add_connection()
 * (external polling mode), CLOSED once MHD is done with the socket. */
static void notify(void *cls, struct MHD_Connection *c, void **socket_context,
                   enum MHD_ConnectionNotificationCode toe)
{
    vd_http *h = cls;
    (void)c;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        *socket_context = h->handing;
        h->attached = 1;
    } else if (*socket_context) {
        vd_httpgate_released(h->gate, *socket_context);
        *socket_context = NULL;
    }
}

/* The gate's hand-off: the socket and its checked head go to MHD. */
static int hand_off(void *ctx, int fd, const struct sockaddr *addr, socklen_t addrlen, void *ref)
{
    vd_http *h = ctx;
    h->handing = ref;
    h->attached = 0;
    (void)MHD_add_connection(h->mhd, fd, addr, addrlen); /* closes fd when it refuses */
    h->handing = NULL;
    return h->attached ? 0 : -1; /* once attached, the CLOSED notification releases ref */
}

static void *serve(void *arg)
{
    vd_http *h = arg;
    pthread_setname_np(pthread_self(), "vigild-http");
    while (!atomic_load(&h->stop)) {
        vd_httpgate_run(h->gate, 100);
        MHD_run(h->mhd);
    }
    return NULL;
}

/* The gate's slots and MHD's connections must fit in the descriptor limit
 * with room for the rest (under systemd, LimitNOFILE= sets it; the unit's
 * system-call filter forbids raising it from inside). */
static int check_fds(const vd_httpgate_limits *lim, char *err, size_t errlen)
{
    struct rlimit rl;
    unsigned long long need = (unsigned long long)lim->max_conns + lim->reserved + FD_HEADROOM;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < need) {
        snprintf(err, errlen,
                 "http.max_connections + http.reserved_connections = %u need %llu file "
                 "descriptors with vigild's own, over the limit of %llu (raise LimitNOFILE= "
                 "or lower them)",
                 lim->max_conns + lim->reserved, need, (unsigned long long)rl.rlim_cur);
        return -1;
    }
    return 0;
}

static int start_mhd(vd_http *h, const vd_httpgate_limits *lim, char *err, size_t errlen)
{
    size_t pool = 2 * lim->max_header_bytes + 4096;
    h->mhd = MHD_start_daemon(
        MHD_USE_EPOLL | MHD_USE_NO_LISTEN_SOCKET, 0, NULL, NULL, handle, h,
        MHD_OPTION_CONNECTION_LIMIT, lim->max_conns + lim->reserved + 16,
        /* a backstop: the gate cuts a reply at reply_timeout_ms */
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(lim->reply_timeout_ms / 1000 + 2),
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, pool < 32768 ? (size_t)32768 : pool,
        MHD_OPTION_NOTIFY_CONNECTION, notify, h, MHD_OPTION_END);
    if (!h->mhd) {
        snprintf(err, errlen, "cannot start libmicrohttpd");
        return -1;
    }
    return 0;
}

int vd_http_start(const vd_http_opts *o, vd_http **out, char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    socklen_t sslen = 0;
    vd_http *h = NULL;
    *out = NULL;
    if (o->port < 1 || o->port > 65535) {
        snprintf(err, errlen, "http.port %lld out of range", o->port);
        return -1;
    }
    if (resolve(o->listen, o->port, &ss, &sslen, err, errlen) < 0 ||
        check_fds(&o->lim, err, errlen) < 0)
        return -1;
    if (!(h = calloc(1, sizeof(*h)))) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    h->health_max_age_s = o->health_max_age_s;
    char gerr[256] = "";
    if (start_mhd(h, &o->lim, err, errlen) < 0)
        goto fail;
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(h->mhd, MHD_DAEMON_INFO_EPOLL_FD);
    if (!di || vd_httpgate_new(&o->lim, (struct sockaddr *)&ss, sslen, di->epoll_fd, hand_off, h,
                               &h->gate, gerr, sizeof(gerr)) < 0) {
        snprintf(err, errlen, "http listener on %s port %lld: %s", o->listen, o->port,
                 gerr[0] ? gerr : "no epoll descriptor");
        goto fail;
    }
    if (pthread_create(&h->thread, NULL, serve, h) != 0) {
        snprintf(err, errlen, "cannot start the http thread");
        goto fail;
    }
    h->running = 1;
    vd_log(LOG_NOTICE,
           "metrics and health listener on %s%s%s:%lld (/metrics /healthz /readyz; %u "
           "connections, %u per address, %u reserved for health, %u ms for a request head)",
           ss.ss_family == AF_INET6 ? "[" : "", o->listen, ss.ss_family == AF_INET6 ? "]" : "",
           o->port, o->lim.max_conns, o->lim.max_per_ip, o->lim.reserved, o->lim.header_timeout_ms);
    *out = h;
    return 0;
fail:
    vd_http_stop(h);
    return -1;
}

void vd_http_stop(vd_http *h)
{
    if (!h)
        return;
    if (h->running) {
        atomic_store(&h->stop, 1);
        pthread_join(h->thread, NULL);
    }
    if (h->mhd) /* before the gate: closing MHD's connections releases their slots */
        MHD_stop_daemon(h->mhd);
    vd_httpgate_free(h->gate);
    free(h);
}
