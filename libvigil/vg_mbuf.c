/*
 * vg_mbuf.c - mapped output buffer (see vg_mbuf.h).
 *
 * Spans are kept sorted by clean offset because text is only ever appended.
 * A new span is merged into the previous one when both are identity copies of
 * adjacent raw bytes; lookups are binary searches over the spans.
 */
#include "vg_mbuf.h"

#include <stdlib.h>
#include <string.h>

void vg_mbuf_init(vg_mbuf *mb, size_t limit)
{
    memset(mb, 0, sizeof(*mb));
    mb->limit = limit;
}

void vg_mbuf_free(vg_mbuf *mb)
{
    if (!mb)
        return;
    free(mb->buf);
    free(mb->spans);
    memset(mb, 0, sizeof(*mb));
}

static int reserve(vg_mbuf *mb, size_t extra)
{
    size_t need = mb->len + extra + 1, ncap;
    char *nb;

    if (need - 1 > mb->limit || need < extra)
        return VG_EOUTPUT;
    if (need <= mb->cap)
        return 0;
    ncap = mb->cap ? mb->cap : 256;
    while (ncap < need)
        ncap *= 2;
    nb = realloc(mb->buf, ncap);
    if (!nb)
        return VG_ENOMEM;
    mb->buf = nb;
    mb->cap = ncap;
    return 0;
}

void vg_mbuf_reserve(vg_mbuf *mb, size_t n)
{
    size_t spans = n / 64 + 16;
    char *nb;
    vg_span *ns;

    if (n > mb->limit)
        n = mb->limit;
    if (n + 1 > mb->cap && (nb = realloc(mb->buf, n + 1)) != NULL) {
        mb->buf = nb;
        mb->cap = n + 1;
    }
    if (spans > mb->scap && (ns = realloc(mb->spans, spans * sizeof(*ns))) != NULL) {
        mb->spans = ns;
        mb->scap = spans;
    }
}

static int add_span(vg_mbuf *mb, size_t clean_off, size_t raw_off, size_t raw_len, size_t n)
{
    vg_span *last = mb->nspans ? &mb->spans[mb->nspans - 1] : NULL;

    if (last) {
        size_t last_clean = clean_off - last->clean_off;
        if (last_clean == last->raw_len && n == raw_len &&
            last->raw_off + last->raw_len == raw_off) {
            last->raw_len += raw_len;
            return 0;
        }
        if (last_clean == 0) { /* previous span produced nothing: replace */
            *last = (vg_span){clean_off, raw_off, raw_len};
            return 0;
        }
    }
    if (mb->nspans == mb->scap) {
        size_t ncap = mb->scap ? mb->scap * 2 : 16;
        vg_span *ns = realloc(mb->spans, ncap * sizeof(*ns));
        if (!ns)
            return VG_ENOMEM;
        mb->spans = ns;
        mb->scap = ncap;
    }
    mb->spans[mb->nspans++] = (vg_span){clean_off, raw_off, raw_len};
    return 0;
}

int vg_mbuf_put(vg_mbuf *mb, const char *s, size_t n, size_t raw_off, size_t raw_len)
{
    int rc;

    if (n == 0)
        return 0;
    rc = reserve(mb, n);
    if (rc)
        return rc;
    rc = add_span(mb, mb->len, raw_off, raw_len, n);
    if (rc)
        return rc;
    memcpy(mb->buf + mb->len, s, n);
    mb->len += n;
    mb->buf[mb->len] = 0;
    return 0;
}

/* Index of the last span with clean_off <= off (0 if none). */
static size_t span_at(const vg_span *spans, size_t n, size_t off)
{
    size_t lo = 0, hi = n;

    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (spans[mid].clean_off <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

int vg_mbuf_put_from(vg_mbuf *mb, const vg_mbuf *src, size_t a, size_t b)
{
    size_t i;

    if (b > src->len)
        b = src->len;
    if (a >= b)
        return 0;
    if (!src->nspans)
        return vg_mbuf_put(mb, src->buf + a, b - a, a, b - a);
    i = span_at(src->spans, src->nspans, a);
    while (a < b) {
        const vg_span *sp = &src->spans[i];
        size_t send = i + 1 < src->nspans ? src->spans[i + 1].clean_off : src->len;
        size_t e = send < b ? send : b, ro, rl;
        int rc;

        if (send - sp->clean_off == sp->raw_len) { /* identity copy: exact */
            ro = sp->raw_off + (a - sp->clean_off);
            rl = e - a;
        } else {
            ro = sp->raw_off;
            rl = sp->raw_len;
        }
        rc = vg_mbuf_put(mb, src->buf + a, e - a, ro, rl);
        if (rc)
            return rc;
        a = e;
        i++;
    }
    return 0;
}

void vg_mbuf_truncate(vg_mbuf *mb, size_t len)
{
    if (len >= mb->len)
        return;
    mb->len = len;
    mb->buf[len] = 0;
    while (mb->nspans && mb->spans[mb->nspans - 1].clean_off >= len)
        mb->nspans--;
}

void vg_mbuf_raw_range(const vg_span *spans, size_t n, size_t clean_len, size_t cs, size_t ce,
                       size_t *rs, size_t *re)
{
    size_t i, j, send;

    if (!n) {
        *rs = cs;
        *re = ce;
        return;
    }
    if (ce > clean_len)
        ce = clean_len;
    if (cs > ce)
        cs = ce;
    i = span_at(spans, n, cs);
    send = i + 1 < n ? spans[i + 1].clean_off : clean_len;
    if (send - spans[i].clean_off == spans[i].raw_len && cs >= spans[i].clean_off)
        *rs = spans[i].raw_off + (cs - spans[i].clean_off);
    else
        *rs = spans[i].raw_off;
    if (ce <= cs) {
        *re = *rs;
        return;
    }
    j = span_at(spans, n, ce - 1);
    send = j + 1 < n ? spans[j + 1].clean_off : clean_len;
    if (send - spans[j].clean_off == spans[j].raw_len)
        *re = spans[j].raw_off + (ce - spans[j].clean_off);
    else
        *re = spans[j].raw_off + spans[j].raw_len;
    if (*re < *rs)
        *re = *rs;
}
