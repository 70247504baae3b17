/*
 * vc_pipeline.h - one message in, published records out: decode the
 * envelope, clean, extract, encode.  The daemon's workers and `vigil extract`
 * both call vc_pipeline_run(), so offline scores are the daemon's scores.
 *
 * Threading: a vc_result is owned by the thread that ran the pipeline until it
 * hands the whole result over; it holds only plain strings, never json_t.
 */
#ifndef VC_PIPELINE_H
#define VC_PIPELINE_H

#include <stddef.h>

#include "vc_envelope.h"
#include "vigil.h"

typedef struct vc_pipeline_opts {
    vg_limits lim;
    vc_envelope_limits env;
    int historical; /* 1: also emit background (historical) events */
} vc_pipeline_opts;

void vc_pipeline_opts_default(vc_pipeline_opts *o);

typedef struct vc_out_event {
    char *json; /* compact JSON, NUL-terminated */
    size_t len;
    char event_id[17];
    char country[3];
    vg_event_type type;
} vc_out_event;

typedef struct vc_result {
    int rc;             /* 0 or negative error */
    char err_class[48]; /* "envelope.malformed_json", "clean.too_deep", ... */
    char err_msg[256];
    char *article_id; /* set whenever the envelope decoded */
    vc_out_event *ev;
    size_t n;
    unsigned historical_dropped;
    unsigned events_truncated;
    unsigned utf8_repaired;
    unsigned bad_published;
    unsigned token_cap_hit;
} vc_result;

int vc_pipeline_run(const vc_pipeline_opts *o, const vg_kb *kb, const char *buf, size_t len,
                    vc_result *r);
void vc_result_free(vc_result *r);

/* The two steps between decoding and extraction, as the pipeline runs them
 * (bench/pipebench and the tests use them on envelopes decoded beforehand):
 * the article metadata of an envelope, and its body cleaned into *doc
 * (returns 0 or a VG_E* code; *doc is freed with vg_doc_free either way). */
vg_article vc_pipeline_article(const vc_envelope *env);
int vc_pipeline_clean_body(const vc_pipeline_opts *o, const vg_kb *kb, const vc_envelope *env,
                           vg_doc *doc);

/* Clean only (for `vigil clean`): decode + clean with kb's word lists;
 * *doc and *env owned by caller. */
int vc_pipeline_clean(const vc_pipeline_opts *o, const vg_kb *kb, const char *buf, size_t len,
                      vc_envelope *env, vg_doc *doc, vc_result *r);

#endif
