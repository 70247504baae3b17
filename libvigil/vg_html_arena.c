/*
 * vg_html_arena.c - gumbo's allocator: a per-call arena with a byte budget.
 *
 * Gumbo has no limits of its own and frees its tree with a recursive
 * destructor.  So it allocates from an arena: power-of-two size classes
 * with free lists, carved from 1 MiB chunks; large blocks are malloc'ed and
 * kept on a list.  Every byte counts against a hard budget; when it is
 * spent (or malloc fails) the allocator longjmps out of the parser back to
 * vg_html_parse, and the arena is dropped whole, which also avoids the
 * recursive destructor (the tree is never freed node by node).
 */
#include "vg_html_int.h"

#include <setjmp.h>
#include <stdlib.h>

static void arena_fail(vg_html_arena *a)
{
    a->failed = 1;
    longjmp(a->jb, 1);
}

void *vg_html_arena_alloc(void *ud, size_t size)
{
    vg_html_arena *a = ud;
    size_t cls = 4, bytes;
    vg_html_blk *b;

    size += sizeof(vg_html_blk);
    while (cls < VG_HTML_NCLASS && ((size_t)1 << cls) < size)
        cls++;
    if (cls == VG_HTML_NCLASS) {
        if (a->total + size > a->budget)
            arena_fail(a);
        b = malloc(size);
        if (!b)
            arena_fail(a);
        a->total += size;
        b->cls = VG_HTML_NCLASS;
        b->next = a->large;
        a->large = b;
        return b + 1;
    }
    if (a->free_[cls]) {
        b = a->free_[cls];
        a->free_[cls] = b->next;
        return b + 1;
    }
    bytes = (size_t)1 << cls;
    if (a->left < bytes) {
        if (a->total + VG_HTML_CHUNK > a->budget)
            arena_fail(a);
        if (a->nchunks == a->chunks_cap) {
            size_t nc = a->chunks_cap ? a->chunks_cap * 2 : 16;
            char **np = realloc(a->chunks, nc * sizeof(*np));
            if (!np)
                arena_fail(a);
            a->chunks = np;
            a->chunks_cap = nc;
        }
        a->cur = malloc(VG_HTML_CHUNK);
        if (!a->cur)
            arena_fail(a);
        a->chunks[a->nchunks++] = a->cur;
        a->left = VG_HTML_CHUNK;
        a->total += VG_HTML_CHUNK;
    }
    b = (vg_html_blk *)(void *)a->cur;
    a->cur += bytes;
    a->left -= bytes;
    b->cls = cls;
    return b + 1;
}

void vg_html_arena_free(void *ud, void *p)
{
    vg_html_arena *a = ud;
    vg_html_blk *b;

    if (!p)
        return;
    b = (vg_html_blk *)p - 1;
    if (b->cls >= VG_HTML_NCLASS)
        return; /* large blocks live until the arena is dropped */
    b->next = a->free_[b->cls];
    a->free_[b->cls] = b;
}

void vg_html_arena_drop(vg_html_arena *a)
{
    for (size_t i = 0; i < a->nchunks; i++)
        free(a->chunks[i]);
    free(a->chunks);
    while (a->large) {
        vg_html_blk *n = a->large->next;
        free(a->large);
        a->large = n;
    }
}

GumboOutput *vg_html_parse(vg_html_arena *a, const GumboOptions *opt, const char *s, size_t n)
{
    if (setjmp(a->jb))
        return NULL;
    return gumbo_parse_with_options(opt, s, n);
}
