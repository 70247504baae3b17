/*
 * test_httpgate.c - the HTTP admission gate on real loopback sockets, with
 * a fake server that takes hand-offs and holds or answers them: per-address
 * and global displacement of the oldest idle connection, the last look that
 * saves a connection whose head arrived in the same batch, the health
 * reserve (health handed over, other paths 503, the reserve's own
 * displacement, refusal when everything is busy), the head deadline against
 * idle and trickling clients, the reply deadline, the gate's own 400, 414
 * and 431 answers, and the counts in vigil_http_rejected_total.
 *
 * The gate runs in this thread (vd_httpgate_run) between client actions,
 * so the order of events is the test's; the deadline cases loop until the
 * verdict with a generous bound, never timing anything.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cmocka.h>

#include "vd_httpgate.h"
#include "vd_pool.h"
#include "vd_stats.h"

#define MAXHELD 16

/* the fake server: holds what it is handed, or answers 200 and closes */
typedef struct fake {
    vd_httpgate *g;
    int answer;
    int fd[MAXHELD];
    void *ref[MAXHELD];
    int n, taken;
} fake;

static int fake_take(void *ctx, int fd, const struct sockaddr *a, socklen_t alen, void *ref)
{
    fake *f = ctx;
    (void)a;
    (void)alen;
    f->taken++;
    if (f->answer) {
        static const char ok[] =
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        char sink[4096];
        (void)recv(fd, sink, sizeof(sink), MSG_DONTWAIT);
        (void)send(fd, ok, sizeof(ok) - 1, MSG_NOSIGNAL);
        close(fd);
        vd_httpgate_released(f->g, ref);
        return 0;
    }
    assert_true(f->n < MAXHELD);
    f->fd[f->n] = fd;
    f->ref[f->n++] = ref;
    return 0;
}

static void fake_release_all(fake *f)
{
    for (int i = 0; i < f->n; i++) {
        close(f->fd[i]);
        vd_httpgate_released(f->g, f->ref[i]);
    }
    f->n = 0;
}

static vd_httpgate *gate(fake *f, unsigned max, unsigned per_ip, unsigned reserved,
                         unsigned header_ms, unsigned reply_ms)
{
    vd_httpgate_limits lim = {max, per_ip, reserved, header_ms, reply_ms, 1024};
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    char err[256];
    memset(f, 0, sizeof(*f));
    f->answer = 1;
    assert_int_equal(vd_httpgate_new(&lim, (struct sockaddr *)&a, sizeof(a), -1, fake_take, f,
                                     &f->g, err, sizeof(err)),
                     0);
    return f->g;
}

static void pump(vd_httpgate *g, int turns)
{
    for (int i = 0; i < turns; i++)
        vd_httpgate_run(g, 2);
}

/* A client from 127.0.0.<host> that sends msg (may be NULL) once connected. */
static int client(vd_httpgate *g, int host, const char *msg)
{
    struct sockaddr_in src = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(0x7f000000u | host)};
    struct sockaddr_in dst = {.sin_family = AF_INET,
                              .sin_port = htons((uint16_t)vd_httpgate_port(g)),
                              .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    assert_int_equal(bind(fd, (struct sockaddr *)&src, sizeof(src)), 0);
    assert_int_equal(connect(fd, (struct sockaddr *)&dst, sizeof(dst)), 0);
    if (msg)
        assert_int_equal(send(fd, msg, strlen(msg), MSG_NOSIGNAL), (ssize_t)strlen(msg));
    return fd;
}

/* 1 when the server closed the connection (EOF or reset), 0 while open. */
static int closed(int fd)
{
    char c;
    ssize_t n = recv(fd, &c, 1, MSG_DONTWAIT | MSG_PEEK);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

/* Pump until the client's connection is closed by the gate; bounded. */
static void pump_until_closed(vd_httpgate *g, int fd)
{
    for (int i = 0; i < 2500 && !closed(fd); i++)
        vd_httpgate_run(g, 2);
    assert_true(closed(fd));
}

/* Status code of the answer on fd (0 when closed without one). */
static int status_of(vd_httpgate *g, int fd)
{
    char buf[512];
    size_t got = 0;
    for (int i = 0; i < 2500 && got < sizeof(buf) - 1; i++) {
        vd_httpgate_run(g, 2);
        ssize_t n = recv(fd, buf + got, sizeof(buf) - 1 - got, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
            break;
        if (n > 0)
            got += (size_t)n;
    }
    buf[got] = 0;
    return strncmp(buf, "HTTP/1.1 ", 9) == 0 ? atoi(buf + 9) : 0;
}

static double rejected(const char *reason)
{
    char *text = NULL, want[128];
    size_t len;
    double v = -1;
    snprintf(want, sizeof(want), "vigil_http_rejected_total{reason=\"%s\"} ", reason);
    assert_int_equal(vd_registry_render(vd_stats_registry(), &text, &len), 0);
    const char *p = strstr(text, want);
    if (p)
        v = atof(p + strlen(want));
    free(text);
    return v;
}

static int setup(void **state)
{
    (void)state;
    return vd_stats_init();
}

static int teardown(void **state)
{
    (void)state;
    vd_stats_shutdown();
    return 0;
}

static void test_per_ip_displaces_oldest_idle(void **state)
{
    (void)state;
    fake f;
    vd_httpgate *g = gate(&f, 8, 2, 2, 60000, 60000);
    double before = rejected("evicted_per_ip");
    int a = client(g, 1, NULL);
    pump(g, 3);
    int b = client(g, 1, "GET /metrics HTTP/1.1\r\n"); /* a request line and no more */
    pump(g, 3);
    int c = client(g, 1, NULL);
    pump_until_closed(g, a); /* the oldest idle one of the address goes */
    assert_false(closed(b));
    assert_false(closed(c));
    int other = client(g, 2, NULL); /* another address is not affected */
    int probe = client(g, 1, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_int_equal(status_of(g, probe), 200);
    assert_true(closed(b));
    assert_false(closed(other));
    assert_int_equal(f.taken, 1);
    assert_true(rejected("evicted_per_ip") == before + 2);
    close(a), close(b), close(c), close(other), close(probe);
    vd_httpgate_free(g);
}

static void test_global_limit_displaces_oldest_idle(void **state)
{
    (void)state;
    fake f;
    vd_httpgate *g = gate(&f, 3, 3, 1, 60000, 60000);
    double before = rejected("evicted_limit");
    int c[4];
    for (int i = 0; i < 3; i++) {
        c[i] = client(g, 10 + i, NULL);
        pump(g, 3);
    }
    c[3] = client(g, 20, NULL);
    pump_until_closed(g, c[0]);
    for (int i = 1; i < 4; i++)
        assert_false(closed(c[i]));
    assert_true(rejected("evicted_limit") == before + 1);
    for (int i = 0; i < 4; i++)
        close(c[i]);
    vd_httpgate_free(g);
}

static void test_last_look_before_displacing(void **state)
{
    (void)state;
    fake f;
    vd_httpgate *g = gate(&f, 8, 1, 1, 60000, 60000);
    f.answer = 0;
    int a = client(g, 1, NULL);
    pump(g, 3); /* a waits for its head */
    assert_int_equal(send(a, "GET /metrics HTTP/1.1\r\n\r\n", 25, MSG_NOSIGNAL), 25);
    int b = client(g, 1, NULL); /* over the limit: a would be displaced, but its head is in */
    pump(g, 5);
    assert_int_equal(f.taken, 1); /* a was handed over, not displaced */
    assert_false(closed(a));
    fake_release_all(&f);
    close(a), close(b);
    vd_httpgate_free(g);
}

static void test_reserve_answers_health_only(void **state)
{
    (void)state;
    fake f;
    vd_httpgate *g = gate(&f, 2, 2, 2, 60000, 60000);
    f.answer = 0; /* the server holds every connection: nothing can be displaced */
    int s1 = client(g, 1, "GET /metrics HTTP/1.1\r\n\r\n");
    int s2 = client(g, 2, "GET /metrics HTTP/1.1\r\n\r\n");
    pump(g, 5);
    assert_int_equal(f.taken, 2);
    double nh = rejected("reserve_not_health"), ev = rejected("evicted_reserve");
    int m = client(g, 3, "GET /metrics HTTP/1.1\r\n\r\n");
    assert_int_equal(status_of(g, m), 503);
    close(m); /* the gate lingers until the client closes */
    pump(g, 3);
    f.answer = 1;
    int h = client(g, 3, "GET /healthz HTTP/1.1\r\n\r\n");
    assert_int_equal(status_of(g, h), 200);
    assert_int_equal(f.taken, 3);
    /* idle connections in the reserve are displaced, oldest first */
    int i1 = client(g, 4, NULL);
    pump(g, 3);
    int i2 = client(g, 4, NULL);
    pump(g, 3);
    int i3 = client(g, 4, NULL);
    pump_until_closed(g, i1);
    assert_false(closed(i2));
    assert_true(rejected("reserve_not_health") == nh + 1);
    assert_true(rejected("evicted_reserve") == ev + 1);
    /* a reserve that is busy answering too: the newcomer is refused */
    f.answer = 0;
    assert_int_equal(send(i2, "GET /readyz HTTP/1.1\r\n\r\n", 24, MSG_NOSIGNAL), 24);
    assert_int_equal(send(i3, "GET /readyz HTTP/1.1\r\n\r\n", 24, MSG_NOSIGNAL), 24);
    pump(g, 5);
    assert_int_equal(f.taken, 5);
    double refused = rejected("refused");
    int r = client(g, 5, "GET /healthz HTTP/1.1\r\n\r\n");
    pump_until_closed(g, r);
    assert_true(rejected("refused") == refused + 1);
    fake_release_all(&f);
    close(s1), close(s2), close(h), close(i1), close(i2), close(i3), close(r);
    vd_httpgate_free(g);
}

static void test_head_deadline(void **state)
{
    (void)state;
    fake f;
    vd_httpgate *g = gate(&f, 8, 8, 1, 300, 60000);
    double before = rejected("header_timeout");
    int idle = client(g, 1, NULL);
    int trickle = client(g, 1, "GET /metrics HTTP/1.1\r\nX-Slow: ");
    /* the trickler keeps sending, which would reset an inactivity timer */
    for (int i = 0; i < 2500 && !closed(trickle); i++) {
        vd_httpgate_run(g, 2);
        if (i % 10 == 0)
            (void)send(trickle, "a", 1, MSG_NOSIGNAL);
    }
    assert_true(closed(trickle));
    pump_until_closed(g, idle);
    assert_true(rejected("header_timeout") == before + 2);
    assert_int_equal(f.taken, 0);
    close(idle), close(trickle);
    vd_httpgate_free(g);
}

static void test_reply_deadline(void **state)
{
    (void)state;
    fake f;
    vd_httpgate *g = gate(&f, 8, 8, 1, 60000, 200);
    f.answer = 0;
    double before = rejected("reply_timeout");
    int c = client(g, 1, "GET /metrics HTTP/1.1\r\n\r\n");
    pump_until_closed(g, c); /* the server sat on it: the gate shut the socket down */
    assert_int_equal(f.taken, 1);
    assert_true(rejected("reply_timeout") == before + 1);
    fake_release_all(&f);
    close(c);
    vd_httpgate_free(g);
}

static void test_own_answers(void **state)
{
    (void)state;
    fake f;
    vd_httpgate *g = gate(&f, 8, 8, 1, 60000, 60000);
    static const struct {
        const char *msg;
        int code;
    } rows[] = {
        {"\x16\x03\x01\x02\x00\x01", 400},
        {"no-space-at-all\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nA: \x01\r\n\r\n", 400},
    };
    double bad = rejected("bad_request");
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        int c = client(g, 1, rows[i].msg);
        assert_int_equal(status_of(g, c), rows[i].code);
        close(c);
    }
    char big[3000];
    memset(big, 'a', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    memcpy(big, "GET /", 5);
    int c = client(g, 1, big);
    assert_int_equal(status_of(g, c), 414);
    close(c);
    memcpy(big, "GET / HTTP/1.1\r\nX: ", 19);
    c = client(g, 1, big);
    assert_int_equal(status_of(g, c), 431);
    close(c);
    /* a client that stops sending half-way gets 400, not silence */
    c = client(g, 1, "GET /metrics HTTP/1.1\r\n");
    shutdown(c, SHUT_WR);
    assert_int_equal(status_of(g, c), 400);
    close(c);
    assert_true(rejected("bad_request") == bad + 4);
    assert_int_equal(f.taken, 0);
    vd_httpgate_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_per_ip_displaces_oldest_idle),
        cmocka_unit_test(test_global_limit_displaces_oldest_idle),
        cmocka_unit_test(test_last_look_before_displacing),
        cmocka_unit_test(test_reserve_answers_health_only),
        cmocka_unit_test(test_head_deadline),
        cmocka_unit_test(test_reply_deadline),
        cmocka_unit_test(test_own_answers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
