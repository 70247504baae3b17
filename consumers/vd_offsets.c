/*
 * vd_offsets.c - per-partition completion tracking (see vd_offsets.h).
 *
 * A partition's in-flight offsets sit in a growable ring in arrival order
 * (Kafka delivers a partition in order), each with a done flag; completion
 * is a scan from the head, which is short because the worker queue is
 * bounded.
 */
#include "vd_offsets.h"

#include <stdlib.h>
#include <string.h>

typedef struct slot {
    int64_t off;
    int done;
} slot;

typedef struct part {
    int32_t id;
    uint64_t epoch; /* 0 = not assigned */
    slot *ring;
    size_t cap, head, n;
} part;

struct vd_offsets {
    part *parts;
    size_t n, cap;
    uint64_t next_epoch;
};

vd_offsets *vd_offsets_new(void)
{
    vd_offsets *o = calloc(1, sizeof(*o));
    if (o)
        o->next_epoch = 1;
    return o;
}

void vd_offsets_free(vd_offsets *o)
{
    if (!o)
        return;
    for (size_t i = 0; i < o->n; i++)
        free(o->parts[i].ring);
    free(o->parts);
    free(o);
}

static part *find(const vd_offsets *o, int32_t id)
{
    for (size_t i = 0; i < o->n; i++)
        if (o->parts[i].id == id)
            return &o->parts[i];
    return NULL;
}

uint64_t vd_offsets_assign(vd_offsets *o, int32_t id)
{
    part *p = find(o, id);
    if (!p) {
        if (o->n == o->cap) {
            size_t nc = o->cap ? o->cap * 2 : 8;
            part *np = realloc(o->parts, nc * sizeof(*np));
            if (!np)
                return 0;
            o->parts = np;
            o->cap = nc;
        }
        p = &o->parts[o->n++];
        memset(p, 0, sizeof(*p));
        p->id = id;
    }
    p->head = p->n = 0;
    p->epoch = o->next_epoch++;
    return p->epoch;
}

void vd_offsets_revoke(vd_offsets *o, int32_t id)
{
    part *p = find(o, id);
    if (p) {
        p->epoch = 0;
        p->head = p->n = 0;
    }
}

uint64_t vd_offsets_epoch(const vd_offsets *o, int32_t id)
{
    const part *p = find(o, id);
    return p ? p->epoch : 0;
}

int vd_offsets_track(vd_offsets *o, int32_t id, uint64_t epoch, int64_t off)
{
    part *p = find(o, id);
    if (!p || !p->epoch || p->epoch != epoch)
        return -1;
    if (p->n == p->cap) {
        size_t nc = p->cap ? p->cap * 2 : 64;
        slot *nr = malloc(nc * sizeof(*nr));
        if (!nr)
            return -1;
        for (size_t i = 0; i < p->n; i++)
            nr[i] = p->ring[(p->head + i) % p->cap];
        free(p->ring);
        p->ring = nr;
        p->cap = nc;
        p->head = 0;
    }
    p->ring[(p->head + p->n) % p->cap] = (slot){off, 0};
    p->n++;
    return 0;
}

int vd_offsets_done(vd_offsets *o, int32_t id, uint64_t epoch, int64_t off, int64_t *commit)
{
    part *p = find(o, id);
    if (!p || !p->epoch || p->epoch != epoch)
        return -1;
    size_t i;
    for (i = 0; i < p->n; i++) {
        slot *s = &p->ring[(p->head + i) % p->cap];
        if (s->off == off) {
            s->done = 1;
            break;
        }
    }
    if (i == p->n)
        return -1;
    int advanced = 0;
    while (p->n && p->ring[p->head].done) {
        *commit = p->ring[p->head].off + 1;
        p->head = (p->head + 1) % p->cap;
        p->n--;
        advanced = 1;
    }
    return advanced;
}

size_t vd_offsets_inflight(const vd_offsets *o, int32_t id)
{
    size_t n = 0;
    for (size_t i = 0; i < o->n; i++)
        if (id < 0 || o->parts[i].id == id)
            n += o->parts[i].n;
    return n;
}
