/*
 * vg_event.c - event extraction: a clean document plus knowledge in, one
 * typed event per incident out.
 *
 * vg_extract runs the stages (vg_ex.h lists them, one file each): the text
 * (title and body) is scanned once; numbers and dates are cached per token;
 * the article's country, place and reference dates are found; every
 * sentence then yields candidate events, which are merged into incidents,
 * ordered (the main incidents first) and finished.  Everything is capped
 * by vg_limits (tokens, events).  No globals: all state lives in a
 * per-call context (vg_ex_ctx).
 */
#include "vg_ex.h"
#include "vg_arr.h"
#include "vg_dict.h"
#include "vg_fmt.h"

#include <stdlib.h>
#include <string.h>

#define MAX_ENV_TITLE 1024 /* bytes of an envelope title read (a headline) */

void vg_events_free(vg_events *ev)
{
    if (!ev)
        return;
    free(ev->v);
    memset(ev, 0, sizeof(*ev));
}

/* The text extraction reads: the title, then the body.  A plain-text
 * article's headline line the cleaner did not keep as its title is still
 * the envelope's title (a wire headline: "Gunmen kill 7 herders in X"). */
static int make_text(vg_ex_ctx *x)
{
    const vg_doc *d = x->doc;
    const char *title = d->title;
    size_t tl = d->title_len;
    if ((!title || !tl) && x->art && x->art->title) {
        title = x->art->title;
        tl = strnlen(title, MAX_ENV_TITLE);
    }
    x->text = d->body;
    x->text_len = d->body_len;
    x->body_off = 0;
    if (!title || !tl || (d->body_len >= tl && memcmp(d->body, title, tl) == 0))
        return 0;
    x->own = malloc(tl + 2 + d->body_len + 1);
    if (!x->own)
        return VG_ENOMEM;
    memcpy(x->own, title, tl);
    memcpy(x->own + tl, "\n\n", 2);
    memcpy(x->own + tl + 2, d->body, d->body_len);
    x->body_off = tl + 2;
    x->text_len = x->body_off + d->body_len;
    x->own[x->text_len] = 0;
    x->text = x->own;
    return 0;
}

static int importance(const vg_ex_cand *c)
{
    return c->score + 2 * (int)(c->mentions - 1) + 2 * c->ev.fatalities.present +
           2 * c->ev.arrests.present + c->ev.has_location - 10 * c->ev.historical;
}

static int cmp_cand(const void *a, const void *b)
{
    const vg_ex_cand *x = a, *y = b;
    int d = importance(y) - importance(x);
    return d ? d : (x->sent < y->sent ? -1 : x->sent > y->sent);
}

static int emit(vg_ex_ctx *x, vg_events *out)
{
    vg_ex_coup_context(x);
    for (size_t i = 0; i < x->nc; i++) {
        vg_ex_cand *c = &x->c[i];
        if (c->ev.type == VG_EV_COUP)
            vg_ex_coup_subtype(c);
        const vg_place *fb = vg_ex_fallback_place(x, c);
        if (!fb)
            fb = vg_ex_national_place(x, c);
        if (fb)
            vg_ex_set_location(c, fb);
        vg_ex_name_as_written(x, c);
    }
    /* the main incidents first (consumers and scorers read in order) */
    if (x->nc > 1)
        qsort(x->c, x->nc, sizeof(*x->c), cmp_cand);
    for (size_t i = 0; i < x->nc; i++) {
        if (out->n >= x->lim->max_events) {
            out->truncated += (unsigned)(x->nc - i);
            break;
        }
        if (vg_arr_room(&out->v, out->n, &out->cap, sizeof(*out->v), 8) < 0)
            return VG_ENOMEM;
        vg_ex_finish(x, &x->c[i]);
        out->v[out->n++] = x->c[i].ev;
    }
    return 0;
}

int vg_extract(const vg_kb *kb, const vg_limits *lim, const vg_article *art, const vg_doc *doc,
               vg_events *out)
{
    int rc = VG_EINVAL;
    vg_ex_ctx x = {.kb = kb, .lim = lim, .art = art, .doc = doc};
    if (out)
        memset(out, 0, sizeof(*out));
    if (!kb || !kb->dict || !kb->types || !lim || !doc || !doc->body || !out)
        return VG_EINVAL;
    x.words = vg_lex_words(kb->lex);
    x.words_multi = vg_lex_words_multi(kb->lex);
    x.words_first = x.words ? vg_dict_start_filter(x.words) : NULL;
    if ((rc = make_text(&x)) < 0)
        goto fail;
    if ((rc = vg_scan_text_stems(kb->dict, vg_lex_stems(kb->lex), doc->lang, x.text, x.text_len,
                                 lim->max_tokens, &x.sc)) < 0)
        goto fail;
    out->token_cap_hit = (unsigned)x.sc.cap_hit;
    vg_ex_caps_actors(&x);
    vg_ex_article_dates(&x);
    if ((rc = vg_ex_fill_caches(&x)) < 0)
        goto fail;
    vg_ex_article_country(&x);
    vg_ex_cache_places(&x);
    if ((rc = vg_ex_release_names(&x)) < 0)
        goto fail;
    vg_ex_caps_actors(&x); /* (again: released marks are made anew) */
    vg_ex_article_place(&x);
    out->place_cap_hits = x.place_caps;
    vg_ex_article_context(&x);
    for (size_t i = 0; i < x.sc.nsent; i++)
        if ((rc = vg_ex_clause_events(&x, i)) < 0)
            goto fail;
    if ((rc = vg_ex_settle_deferred(&x)) < 0)
        goto fail;
    vg_ex_drop_absorbed(&x);
    if ((rc = emit(&x, out)) < 0)
        goto fail;
    vg_scan_free(&x.sc);
    free(x.c);
    vg_ex_free_caches(&x);
    free(x.def);
    free(x.own);
    return 0;
fail:
    vg_scan_free(&x.sc);
    free(x.c);
    vg_ex_free_caches(&x);
    free(x.def);
    free(x.own);
    vg_events_free(out);
    return rc;
}

void vg_event_id(const char *article_id, const vg_event *e, char out[17])
{
    /* the bytes of "%s|%d|%s|%s|%s|%s|%ld|%ld" (at most 511), built without
     * stdio: this runs for every event */
    char buf[512];
    vg_fmt f;
    vg_fmt_init(&f, buf, sizeof(buf));
    vg_fmt_str(&f, article_id ? article_id : "");
    vg_fmt_str(&f, "|");
    vg_fmt_long(&f, (int)e->type, 0);
    const char *const fields[] = {e->subtype, e->country, e->location.name, e->date.value};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        vg_fmt_str(&f, "|");
        vg_fmt_str(&f, fields[i]);
    }
    vg_fmt_str(&f, "|");
    vg_fmt_long(&f, e->fatalities.present ? e->fatalities.min : -1, 0);
    vg_fmt_str(&f, "|");
    vg_fmt_long(&f, e->arrests.present ? e->arrests.min : -1, 0);
    size_t n = f.len < sizeof(buf) ? f.len : sizeof(buf) - 1;
    uint64_t h = vg_hash64(buf, n, 0x65766e74u);
    vg_fmt_init(&f, out, 17);
    vg_fmt_hex64(&f, h);
}
