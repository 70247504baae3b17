/*
 * vd_httpgate.c - admission gate in front of libmicrohttpd (see header).
 *
 * Connections live in a fixed array of max_conns + reserved slots, so the
 * gate's memory and descriptors are bounded whatever clients do: one slot
 * per connection from accept() until the server releases it.  Heads are
 * read with MSG_PEEK, so the server later reads the same bytes itself; the
 * sockets are watched edge-triggered (unread bytes would keep a
 * level-triggered socket ready forever).  A client that sends its head in
 * many small pieces gets PEEK_BUDGET peeks on arrival; after that the
 * periodic sweep peeks again only when more bytes are queued (SIOCINQ),
 * which bounds the copying a trickler can cause.  Limits are enforced by
 * scanning the array (a few hundred slots): simpler than an address map and
 * cheap next to an accept().
 *
 * Errors the gate answers itself are written after draining what the
 * client sent, then the socket is half-closed and kept a moment (lingering
 * close, as nginx does): closing with unread input would send a reset that
 * can destroy the answer before the client reads it.
 */
#include "vd_httpgate.h"
#include "vd_httphead.h"
#include "vd_log.h"
#include "vd_pool.h"
#include "vd_stats.h"

#include <errno.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define TAG_LISTEN 0
#define TAG_EXTRA 1
#define TAG_SLOT 2
#define PEEK_BUDGET 16
#define ACCEPT_BURST 64
#define LINGER_MS 1000
#define ACCEPT_PAUSE_MS 100
#define LOG_EVERY_MS 10000
#define DRAIN_MAX (1 << 20)

typedef enum { FREE, READING, CLOSING, SERVING } slot_state;

typedef struct slot {
    int fd;
    slot_state st;
    int reserve; /* over the limits: health paths only */
    int cut;     /* SERVING: shut down at its deadline, waiting for the release */
    unsigned peeks;
    uint32_t gen; /* bumped per connection: an event for a slot's earlier tenant is ignored */
    size_t seen;  /* bytes queued at the last peek */
    long long t0, deadline;
    struct sockaddr_storage addr;
    socklen_t alen;
} slot;

/* rejection reasons: metric label values, and the log summary's words */
enum {
    R_EVICT_IP,
    R_EVICT_ALL,
    R_EVICT_RESERVE,
    R_REFUSED,
    R_HEADER_TIMEOUT,
    R_REPLY_TIMEOUT,
    R_BAD,
    R_URI,
    R_LARGE,
    R_NOT_HEALTH,
    R_ACCEPT,
    R_COUNT
};
static const char *const reason_label[R_COUNT] = {
    "evicted_per_ip",   "evicted_limit",      "evicted_reserve", "refused",
    "header_timeout",   "reply_timeout",      "bad_request",     "uri_too_long",
    "header_too_large", "reserve_not_health", "accept_failed"};

struct vd_httpgate {
    vd_httpgate_limits lim;
    int lfd, epfd;
    long long accept_paused_until; /* 0 = accepting */
    slot *slots;
    unsigned cap;
    char *buf; /* max_header_bytes: peeks and drains */
    vd_httpgate_handoff fn;
    void *ctx;
    unsigned long long rejected[R_COUNT], logged[R_COUNT];
    long long last_log, last_sweep;
};

static long long now_ms(void)
{
    return (long long)(vd_now() * 1000.0);
}

static int same_addr(const slot *s, const struct sockaddr_storage *a)
{
    if (s->addr.ss_family != a->ss_family)
        return 0;
    if (a->ss_family == AF_INET)
        return ((const struct sockaddr_in *)&s->addr)->sin_addr.s_addr ==
               ((const struct sockaddr_in *)a)->sin_addr.s_addr;
    if (a->ss_family == AF_INET6)
        return memcmp(&((const struct sockaddr_in6 *)&s->addr)->sin6_addr,
                      &((const struct sockaddr_in6 *)a)->sin6_addr, sizeof(struct in6_addr)) == 0;
    return 1; /* other families: one "address" */
}

static void reject_count(vd_httpgate *g, int reason)
{
    g->rejected[reason]++;
    vd_stats_http_rejected(reason_label[reason], 1);
}

static int watch(vd_httpgate *g, int op, int fd, uint32_t events, uint64_t tag)
{
    struct epoll_event ev = {.events = events, .data.u64 = tag};
    return epoll_ctl(g->epfd, op, fd, &ev);
}

/* Close a connection the gate still holds (READING or CLOSING). */
static void drop(vd_httpgate *g, slot *s, int reason)
{
    if (reason >= 0)
        reject_count(g, reason);
    epoll_ctl(g->epfd, EPOLL_CTL_DEL, s->fd, NULL);
    close(s->fd);
    s->fd = -1;
    s->st = FREE;
}

/* Read and discard what the client has sent, bounded; 1 when it closed. */
static int drain(vd_httpgate *g, slot *s)
{
    for (size_t total = 0; total < DRAIN_MAX;) {
        ssize_t n = recv(s->fd, g->buf, g->lim.max_header_bytes, MSG_DONTWAIT);
        if (n == 0)
            return 1;
        if (n < 0)
            return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
        total += (size_t)n;
    }
    return 0;
}

static const char *status_text(int code)
{
    switch (code) {
    case 400:
        return "Bad Request";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Service Unavailable";
    }
}

/* Answer with an error of the gate's own and close the connection softly. */
static void answer(vd_httpgate *g, slot *s, int code, int reason, const char *msg)
{
    char out[512];
    reject_count(g, reason);
    int peer_done = drain(g, s); /* a client that shut its side may still read */
    int n =
        snprintf(out, sizeof(out),
                 "HTTP/1.1 %d %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
                 "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: %zu\r\n\r\n%s\n",
                 code, status_text(code), strlen(msg) + 1, msg);
    if (n > 0 && (size_t)n < sizeof(out))
        (void)send(s->fd, out, (size_t)n, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (peer_done) { /* nothing more can arrive: no reset to fear */
        drop(g, s, -1);
        return;
    }
    shutdown(s->fd, SHUT_WR);
    s->st = CLOSING;
    s->deadline = now_ms() + LINGER_MS;
}

static int is_health(const char *buf, const vd_head *h)
{
    return vd_httphead_path_is(buf, h, "/healthz") || vd_httphead_path_is(buf, h, "/readyz");
}

static void hand_off(vd_httpgate *g, slot *s)
{
    epoll_ctl(g->epfd, EPOLL_CTL_DEL, s->fd, NULL); /* the server watches it from now on */
    s->st = SERVING;
    s->cut = 0;
    s->deadline = now_ms() + g->lim.reply_timeout_ms;
    /* ownership of the socket passes to the server; the slot stays until
     * the server releases it (it may do so within this call) */
    if (g->fn(g->ctx, s->fd, (struct sockaddr *)&s->addr, s->alen, s) < 0) {
        s->fd = -1; /* closed by the server */
        s->st = FREE;
    }
}

/* Look at what a READING connection has sent so far. */
static void peek_head(vd_httpgate *g, slot *s, int peer_done)
{
    ssize_t n = recv(s->fd, g->buf, g->lim.max_header_bytes, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        drop(g, s, -1); /* the client left */
        return;
    }
    if (n < 0)
        return;
    s->peeks++;
    s->seen = (size_t)n;
    vd_head h;
    switch (vd_httphead_check(g->buf, (size_t)n, g->lim.max_header_bytes, &h)) {
    case VD_HEAD_INCOMPLETE:
        if (peer_done) /* the client stopped sending: the head never completes */
            answer(g, s, 400, R_BAD, "bad request: incomplete request head");
        return;
    case VD_HEAD_BAD:
        answer(g, s, 400, R_BAD, "bad request: malformed request head");
        return;
    case VD_HEAD_URI_TOO_LONG:
        answer(g, s, 414, R_URI, "request line too long");
        return;
    case VD_HEAD_TOO_LARGE:
        answer(g, s, 431, R_LARGE, "request head too large");
        return;
    case VD_HEAD_OK:
        break;
    }
    if (s->reserve && !is_health(g->buf, &h))
        answer(g, s, 503, R_NOT_HEALTH,
               "connection limit reached: only /healthz and /readyz are answered");
    else
        hand_off(g, s);
}

/* The oldest connection still waiting for its head (or lingering) among
 * the reserve or ordinary slots, of one address when addr is set. */
static slot *oldest_idle(vd_httpgate *g, int reserve, const struct sockaddr_storage *addr)
{
    slot *best = NULL;
    for (unsigned i = 0; i < g->cap; i++) {
        slot *s = &g->slots[i];
        if ((s->st != READING && s->st != CLOSING) || s->reserve != reserve ||
            (addr && !same_addr(s, addr)))
            continue;
        if (!best || s->t0 < best->t0)
            best = s;
    }
    return best;
}

static slot *free_slot(vd_httpgate *g)
{
    for (unsigned i = 0; i < g->cap; i++)
        if (g->slots[i].st == FREE)
            return &g->slots[i];
    return NULL;
}

/* A connection about to be displaced gets a last look: its head may have
 * arrived in this same batch of events.  1 when it is no longer waiting
 * for its head (handed off, answered or gone). */
static int last_chance(vd_httpgate *g, slot *s)
{
    if (s->st != READING)
        return 0;
    peek_head(g, s, 0);
    return s->st != READING;
}

/* Choose a slot for a new connection from addr: an ordinary one while the
 * limits allow, else the place of the oldest idle one, else the reserve.
 * Returns NULL (refused) when every slot it could take is busy serving.
 * *reserve tells which kind it is.  Each retry moves a slot out of READING,
 * so the loop ends. */
static slot *admit(vd_httpgate *g, const struct sockaddr_storage *addr, int *reserve)
{
    for (;;) {
        unsigned n_ip = 0, n_all = 0, n_res = 0;
        for (unsigned i = 0; i < g->cap; i++) {
            const slot *s = &g->slots[i];
            if (s->st == FREE)
                continue;
            if (s->reserve)
                n_res++;
            else
                n_all++, n_ip += same_addr(s, addr);
        }
        *reserve = 0;
        if (n_ip < g->lim.max_per_ip && n_all < g->lim.max_conns)
            return free_slot(g);
        int per_ip = n_ip >= g->lim.max_per_ip;
        slot *victim = oldest_idle(g, 0, per_ip ? addr : NULL);
        if (victim && last_chance(g, victim))
            continue;
        if (victim) {
            drop(g, victim, per_ip ? R_EVICT_IP : R_EVICT_ALL);
            return victim;
        }
        *reserve = 1;
        if (n_res < g->lim.reserved)
            return free_slot(g);
        victim = oldest_idle(g, 1, NULL);
        if (victim && last_chance(g, victim))
            continue;
        if (victim) {
            drop(g, victim, R_EVICT_RESERVE);
            return victim;
        }
        return NULL;
    }
}

static void take(vd_httpgate *g, int fd, const struct sockaddr_storage *addr, socklen_t alen)
{
    int reserve;
    slot *s = admit(g, addr, &reserve);
    if (!s) {
        reject_count(g, R_REFUSED);
        close(fd);
        return;
    }
    uint32_t gen = s->gen + 1;
    memset(s, 0, sizeof(*s));
    s->gen = gen;
    s->fd = fd;
    s->st = READING;
    s->reserve = reserve;
    s->t0 = now_ms();
    s->deadline = s->t0 + g->lim.header_timeout_ms;
    memcpy(&s->addr, addr, alen);
    s->alen = alen;
    if (watch(g, EPOLL_CTL_ADD, fd, EPOLLIN | EPOLLRDHUP | EPOLLET,
              (uint64_t)gen << 32 | (TAG_SLOT + (uint64_t)(s - g->slots))) < 0) {
        close(fd);
        s->fd = -1;
        s->st = FREE;
        return;
    }
    peek_head(g, s, 0); /* the head often came with the handshake */
}

static void accept_some(vd_httpgate *g)
{
    for (int k = 0; k < ACCEPT_BURST; k++) {
        struct sockaddr_storage ss;
        socklen_t alen = sizeof(ss);
        int fd = accept4(g->lfd, (struct sockaddr *)&ss, &alen, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            take(g, fd, &ss, alen);
            continue;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        if (errno == EINTR || errno == ECONNABORTED || errno == EPROTO)
            continue;
        /* out of descriptors or memory: the listener would stay ready and
         * spin, so stop watching it for a moment */
        reject_count(g, R_ACCEPT);
        watch(g, EPOLL_CTL_MOD, g->lfd, 0, TAG_LISTEN);
        g->accept_paused_until = now_ms() + ACCEPT_PAUSE_MS;
        return;
    }
}

static void on_slot_event(vd_httpgate *g, slot *s, uint32_t events)
{
    if (s->st == CLOSING) {
        if (drain(g, s))
            drop(g, s, -1);
    } else if (s->st == READING) {
        int done = (events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0;
        if (s->peeks < PEEK_BUDGET || done)
            peek_head(g, s, done);
    }
}

static void log_summary(vd_httpgate *g, long long now)
{
    char line[1024];
    size_t len = 0;
    if (now - g->last_log < LOG_EVERY_MS)
        return;
    g->last_log = now;
    for (int r = 0; r < R_COUNT; r++) {
        unsigned long long d = g->rejected[r] - g->logged[r];
        g->logged[r] = g->rejected[r];
        if (d && len < sizeof(line)) {
            int n = snprintf(line + len, sizeof(line) - len, "%s %s %llu", len ? "," : "",
                             reason_label[r], d);
            len += n > 0 ? (size_t)n : 0;
        }
    }
    if (len)
        vd_log(LOG_WARNING,
               "http listener limits and checks in the last %d s:%s (vigil_http_rejected_total)",
               LOG_EVERY_MS / 1000, line);
}

/* Deadlines, re-peeks of tricklers, gauges and the log summary. */
static void sweep(vd_httpgate *g, long long now)
{
    unsigned n[4] = {0};
    for (unsigned i = 0; i < g->cap; i++) {
        slot *s = &g->slots[i];
        if (s->st == READING && now >= s->deadline) {
            drop(g, s, R_HEADER_TIMEOUT);
        } else if (s->st == CLOSING && now >= s->deadline) {
            drop(g, s, -1);
        } else if (s->st == SERVING && !s->cut && now >= s->deadline) {
            /* the server notices the shut-down socket and releases it */
            shutdown(s->fd, SHUT_RDWR);
            s->cut = 1;
            reject_count(g, R_REPLY_TIMEOUT);
        } else if (s->st == READING && s->peeks >= PEEK_BUDGET) {
            int queued = 0;
            if (ioctl(s->fd, SIOCINQ, &queued) == 0 && (size_t)queued > s->seen)
                peek_head(g, s, 0);
        }
        n[s->st]++;
    }
    vd_stats_http_connections(n[READING], n[SERVING], n[CLOSING]);
    if (g->accept_paused_until && now >= g->accept_paused_until) {
        g->accept_paused_until = 0;
        watch(g, EPOLL_CTL_MOD, g->lfd, EPOLLIN, TAG_LISTEN);
    }
    log_summary(g, now);
}

void vd_httpgate_run(vd_httpgate *g, int timeout_ms)
{
    struct epoll_event ev[64];
    int n = epoll_wait(g->epfd, ev, 64, timeout_ms);
    for (int i = 0; i < n; i++) {
        uint64_t tag = ev[i].data.u64 & 0xffffffffu, gen = ev[i].data.u64 >> 32;
        if (tag == TAG_LISTEN)
            accept_some(g);
        else if (tag >= TAG_SLOT && tag - TAG_SLOT < g->cap && g->slots[tag - TAG_SLOT].gen == gen)
            on_slot_event(g, &g->slots[tag - TAG_SLOT], ev[i].events);
    }
    long long now = now_ms();
    if (now - g->last_sweep >= 50) {
        g->last_sweep = now;
        sweep(g, now);
    }
}

unsigned vd_httpgate_port(const vd_httpgate *g)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    if (getsockname(g->lfd, (struct sockaddr *)&ss, &len) < 0)
        return 0;
    return ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                          : ((struct sockaddr_in *)&ss)->sin_port);
}

void vd_httpgate_released(vd_httpgate *g, void *ref)
{
    slot *s = ref;
    (void)g;
    s->fd = -1; /* closed by the server */
    s->st = FREE;
}

static int listen_on(vd_httpgate *g, const struct sockaddr *addr, socklen_t alen, char *err,
                     size_t errlen)
{
    int one = 1;
    g->lfd = socket(addr->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (g->lfd < 0 || setsockopt(g->lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
        (addr->sa_family == AF_INET6 &&
         setsockopt(g->lfd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one)) < 0) ||
        bind(g->lfd, addr, alen) < 0 || listen(g->lfd, SOMAXCONN) < 0) {
        snprintf(err, errlen, "cannot listen: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int vd_httpgate_new(const vd_httpgate_limits *lim, const struct sockaddr *addr, socklen_t addrlen,
                    int extra_fd, vd_httpgate_handoff fn, void *ctx, vd_httpgate **out, char *err,
                    size_t errlen)
{
    vd_httpgate *g = calloc(1, sizeof(*g));
    *out = NULL;
    if (!g) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    g->lfd = g->epfd = -1;
    g->lim = *lim;
    if (g->lim.max_per_ip > g->lim.max_conns)
        g->lim.max_per_ip = g->lim.max_conns;
    g->cap = g->lim.max_conns + g->lim.reserved;
    g->fn = fn;
    g->ctx = ctx;
    g->slots = calloc(g->cap, sizeof(*g->slots));
    g->buf = malloc(g->lim.max_header_bytes);
    if (!g->slots || !g->buf) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    for (unsigned i = 0; i < g->cap; i++)
        g->slots[i].fd = -1;
    if (listen_on(g, addr, addrlen, err, errlen) < 0)
        goto fail;
    if ((g->epfd = epoll_create1(EPOLL_CLOEXEC)) < 0 ||
        watch(g, EPOLL_CTL_ADD, g->lfd, EPOLLIN, TAG_LISTEN) < 0 ||
        (extra_fd >= 0 && watch(g, EPOLL_CTL_ADD, extra_fd, EPOLLIN, TAG_EXTRA) < 0)) {
        snprintf(err, errlen, "epoll: %s", strerror(errno));
        goto fail;
    }
    for (int r = 0; r < R_COUNT; r++)
        vd_stats_http_rejected(reason_label[r], 0); /* every series from the start */
    g->last_log = now_ms();
    *out = g;
    return 0;
fail:
    vd_httpgate_free(g);
    return -1;
}

void vd_httpgate_free(vd_httpgate *g)
{
    if (!g)
        return;
    for (unsigned i = 0; g->slots && i < g->cap; i++)
        if (g->slots[i].st == READING || g->slots[i].st == CLOSING)
            close(g->slots[i].fd);
    if (g->lfd >= 0)
        close(g->lfd);
    if (g->epfd >= 0)
        close(g->epfd);
    free(g->slots);
    free(g->buf);
    free(g);
}
