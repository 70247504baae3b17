/*
 * vc_pipeline.c - decode, clean, extract, encode one message (see the header).
 *
 * Errors are reported with a class "<stage>.<reason>" so the dead-letter
 * topic and the metrics can group them; nothing here logs.
 */
#include "vc_pipeline.h"
#include "vc_event_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vc_pipeline_opts_default(vc_pipeline_opts *o)
{
    memset(o, 0, sizeof(*o));
    vg_limits_default(&o->lim);
    o->env.max_bytes = 8u << 20;
    o->env.max_depth = 32;
}

void vc_result_free(vc_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        free(r->ev[i].json);
    free(r->ev);
    free(r->article_id);
    memset(r, 0, sizeof(*r));
}

static int fail(vc_result *r, int rc, const char *stage, const char *reason, const char *msg)
{
    r->rc = rc;
    snprintf(r->err_class, sizeof(r->err_class), "%s.%s", stage, reason);
    if (msg && msg[0] && msg != r->err_msg)
        snprintf(r->err_msg, sizeof(r->err_msg), "%s", msg);
    return rc;
}

vg_article vc_pipeline_article(const vc_envelope *env)
{
    return (vg_article){env->id, env->published, env->lang, env->title, env->body, env->body_len};
}

int vc_pipeline_clean_body(const vc_pipeline_opts *o, const vg_kb *kb, const vc_envelope *env,
                           vg_doc *doc)
{
    return vg_clean(kb, &o->lim, env->body, env->body_len,
                    env->is_html ? VG_CLEAN_HTML : VG_CLEAN_AUTO, NULL, doc);
}

int vc_pipeline_clean(const vc_pipeline_opts *o, const vg_kb *kb, const char *buf, size_t len,
                      vc_envelope *env, vg_doc *doc, vc_result *r)
{
    int rc;
    memset(doc, 0, sizeof(*doc));
    rc = vc_envelope_decode(buf, len, &o->env, env, r->err_msg, sizeof(r->err_msg));
    if (rc < 0)
        return fail(r, rc, "envelope", vc_envelope_strerror(rc), NULL);
    r->bad_published = (unsigned)env->bad_published;
    if (!(r->article_id = strdup(env->id)))
        return fail(r, VG_ENOMEM, "envelope", "out_of_memory", "out of memory");
    rc = vc_pipeline_clean_body(o, kb, env, doc);
    if (rc < 0) {
        snprintf(r->err_msg, sizeof(r->err_msg), "cleaning failed: %s", vg_strerror(rc));
        return fail(r, rc, "clean", vg_strerror(rc), NULL);
    }
    r->utf8_repaired = doc->repaired;
    return 0;
}

static int append_event(vc_result *r, const vg_event *e, const vg_doc *doc, const vc_envelope *env)
{
    char *s;
    size_t len;
    if (vc_event_json(e, doc, env, &s, &len) < 0)
        return VG_ENOMEM;
    vc_out_event *ne = realloc(r->ev, (r->n + 1) * sizeof(*ne));
    if (!ne) {
        free(s);
        return VG_ENOMEM;
    }
    r->ev = ne;
    vc_out_event *oe = &r->ev[r->n++];
    oe->json = s;
    oe->len = len;
    memcpy(oe->event_id, e->event_id, sizeof(oe->event_id));
    memcpy(oe->country, e->country, sizeof(oe->country));
    oe->type = e->type;
    return 0;
}

int vc_pipeline_run(const vc_pipeline_opts *o, const vg_kb *kb, const char *buf, size_t len,
                    vc_result *r)
{
    vc_envelope env;
    vg_doc doc;
    vg_events evs = {0};
    int rc;
    memset(r, 0, sizeof(*r));
    if ((rc = vc_pipeline_clean(o, kb, buf, len, &env, &doc, r)) < 0)
        goto out;
    vg_article art = vc_pipeline_article(&env);
    rc = vg_extract(kb, &o->lim, &art, &doc, &evs);
    if (rc < 0) {
        snprintf(r->err_msg, sizeof(r->err_msg), "extraction failed: %s", vg_strerror(rc));
        fail(r, rc, "extract", vg_strerror(rc), NULL);
        goto out;
    }
    r->events_truncated = evs.truncated;
    r->token_cap_hit = evs.token_cap_hit;
    for (size_t i = 0; i < evs.n; i++) {
        if (evs.v[i].historical && !o->historical) {
            r->historical_dropped++;
            continue;
        }
        if ((rc = append_event(r, &evs.v[i], &doc, &env)) < 0) {
            fail(r, rc, "encode", "out_of_memory", "out of memory");
            goto out;
        }
    }
    rc = 0;
out:
    vg_events_free(&evs);
    vg_doc_free(&doc);
    vc_envelope_free(&env);
    return rc;
}
