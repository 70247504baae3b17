/*
 * test_httphead.c - the request-head checker: well-formed heads (CRLF, bare
 * LF, leading empty lines, obs-text values), each class of malformed head
 * refused at its first wrong byte whether or not a blank line follows
 * (NUL-led lines, no spaces, control characters, folding, bad versions,
 * empty names), the size verdicts (414 for the request line, 431 for the
 * head, exactly at the limit), prefixes that stay INCOMPLETE, and the path
 * test the reserve uses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "vd_httphead.h"

static vd_head_status check(const char *s, size_t max)
{
    return vd_httphead_check(s, strlen(s), max, NULL);
}

static void test_good_heads(void **state)
{
    (void)state;
    static const char *good[] = {
        "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /metrics HTTP/1.0\r\n\r\n",
        "GET /metrics HTTP/1.1\nHost: x\n\n",
        "\r\n\r\nGET / HTTP/1.1\r\n\r\n",
        "HEAD /readyz?x=1 HTTP/1.1\r\nAccept: */*\r\nX-Empty:\r\nX-Tab:\ta\tb\r\n\r\n",
        "GET / HTTP/1.1\r\nX-Latin: caf\xc3\xa9\r\n\r\n",
        "POST /metrics HTTP/1.1\r\nContent-Length: 3\r\n\r\n", /* the method is the server's call */
        "GET / HTTP/2.0\r\n\r\n",                              /* so is the version number */
    };
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        vd_head h;
        assert_int_equal(vd_httphead_check(good[i], strlen(good[i]), 8192, &h), VD_HEAD_OK);
        assert_int_equal(h.len, strlen(good[i]));
    }
}

static void test_trailing_bytes_not_counted(void **state)
{
    (void)state;
    const char *s = "GET /a HTTP/1.1\r\n\r\nbody or a pipelined request";
    vd_head h;
    assert_int_equal(vd_httphead_check(s, strlen(s), 8192, &h), VD_HEAD_OK);
    assert_int_equal(h.len, strlen("GET /a HTTP/1.1\r\n\r\n"));
    assert_int_equal(h.target_len, 2);
    assert_memory_equal(s + h.target_off, "/a", 2);
}

static void test_bad_heads(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t len; /* 0 = strlen */
    } bad[] = {
        {"\0ET / HTTP/1.1\r\n\r\n", 19},           /* a NUL-led line: no "empty line" */
        {"G\0T / HTTP/1.1\r\n\r\n", 19},           /* NUL in the method */
        {"GET / HTTP/1.1\r\nA: \0\r\n\r\n", 24},   /* NUL in a value */
        {"!\"#$%&'()*+,-./0123456789\r\n\r\n", 0}, /* no space at all */
        {"\x16\x03\x01\x02\x00\x01\x00", 7},       /* a TLS ClientHello, no blank line needed */
        {"GET  / HTTP/1.1\r\n\r\n", 0},            /* two spaces */
        {"GET /a b HTTP/1.1\r\n\r\n", 0},          /* space in the target */
        {"GET /\x01 HTTP/1.1\r\n\r\n", 0},         /* control character in the target */
        {"GET /\xc3\xa9 HTTP/1.1\r\n\r\n", 0},     /* non-ASCII target */
        {"GET /\r\n\r\n", 0},                      /* HTTP/0.9 style */
        {"GET / XTTP/1.1\r\n\r\n", 0},
        {"GET / HTTP/1.10\r\n\r\n", 0},
        {"GET / HTTP/a.1\r\n\r\n", 0},
        {"GET / HTTP/1.1 \r\n\r\n", 0},
        {"GET / HTTP/1.1\rX\n\r\n", 0}, /* bare CR */
        {"GET / HTTP/1.1\r\n folded\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\n: no name\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\nNoColon\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\nA: b\x7f\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\n\rX", 0},    /* CR of the blank line, then no LF */
        {"(GET) / HTTP/1.1\r\n\r\n", 0}, /* delimiter in the method */
        {"\r\r\n", 0},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        size_t len = bad[i].len ? bad[i].len : strlen(bad[i].s);
        if (vd_httphead_check(bad[i].s, len, 8192, NULL) != VD_HEAD_BAD)
            fail_msg("case %zu not refused", i);
    }
}

static void test_incomplete_prefixes(void **state)
{
    (void)state;
    const char *s = "\r\nGET /metrics HTTP/1.1\r\nHost: x\r\nX-A: b\r\n\r\n";
    size_t n = strlen(s);
    for (size_t k = 0; k < n; k++)
        if (vd_httphead_check(s, k, 8192, NULL) != VD_HEAD_INCOMPLETE)
            fail_msg("prefix of %zu bytes not incomplete", k);
    assert_int_equal(vd_httphead_check(s, n, 8192, NULL), VD_HEAD_OK);
}

static void test_sizes(void **state)
{
    (void)state;
    char buf[300];
    /* a request line that does not end within max: 414 */
    memset(buf, 'a', sizeof(buf));
    memcpy(buf, "GET /", 5);
    assert_int_equal(vd_httphead_check(buf, sizeof(buf), 100, NULL), VD_HEAD_URI_TOO_LONG);
    assert_int_equal(vd_httphead_check(buf, 99, 100, NULL), VD_HEAD_INCOMPLETE);
    /* a head that does not end within max: 431 */
    const char *line = "GET / HTTP/1.1\r\nX: ";
    memcpy(buf, line, strlen(line));
    assert_int_equal(vd_httphead_check(buf, sizeof(buf), 100, NULL), VD_HEAD_TOO_LARGE);
    /* leading empty lines count against the request line */
    memset(buf, '\n', sizeof(buf));
    assert_int_equal(vd_httphead_check(buf, sizeof(buf), 100, NULL), VD_HEAD_URI_TOO_LONG);
    /* exactly max bytes is fine, one more is not */
    const char *h = "GET / HTTP/1.1\r\nA: b\r\n\r\n";
    size_t n = strlen(h);
    assert_int_equal(check(h, n), VD_HEAD_OK);
    assert_int_equal(check(h, n - 1), VD_HEAD_TOO_LARGE);
}

static void test_path_is(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        int healthz;
    } rows[] = {
        {"GET /healthz HTTP/1.1\r\n\r\n", 1},  {"GET /healthz?v=1 HTTP/1.1\r\n\r\n", 1},
        {"GET /healthzz HTTP/1.1\r\n\r\n", 0}, {"GET /health HTTP/1.1\r\n\r\n", 0},
        {"GET /healthz/ HTTP/1.1\r\n\r\n", 0}, {"GET /metrics HTTP/1.1\r\n\r\n", 0},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vd_head h;
        assert_int_equal(vd_httphead_check(rows[i].s, strlen(rows[i].s), 8192, &h), VD_HEAD_OK);
        assert_int_equal(vd_httphead_path_is(rows[i].s, &h, "/healthz"), rows[i].healthz);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_heads), cmocka_unit_test(test_trailing_bytes_not_counted),
        cmocka_unit_test(test_bad_heads),  cmocka_unit_test(test_incomplete_prefixes),
        cmocka_unit_test(test_sizes),      cmocka_unit_test(test_path_is),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
