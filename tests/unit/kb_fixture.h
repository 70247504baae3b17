/*
 * kb_fixture.h - cmocka group setup/teardown that load the real knowledge
 * directory once per suite (tests run from the repository root).  Included
 * by the extraction suites; each suite is its own binary, so the static
 * state below is per suite.
 */
#ifndef KB_FIXTURE_H
#define KB_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "vigil.h"

static vg_kb *kb;

static int setup(void **st)
{
    char err[512];
    (void)st;
    int rc = vg_kb_load("knowledge", &kb, err, sizeof(err));
    if (rc < 0)
        fprintf(stderr, "%s\n", err);
    return rc < 0 ? -1 : 0;
}

/* Clean and extract a plain text written for a test, published pub, into
 * *ev (free with vg_events_free); the suite's assertions fail on an error. */
static inline void extract_published(const char *text, const char *pub, vg_events *ev)
{
    vg_limits lim;
    vg_doc doc;
    vg_limits_default(&lim);
    assert_int_equal(vg_clean(kb, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &doc), 0);
    vg_article art = {.id = "t:1", .published = pub, .raw = text, .raw_len = strlen(text)};
    assert_int_equal(vg_extract(kb, &lim, &art, &doc, ev), 0);
    vg_doc_free(&doc);
}

/* The same, published 2024-03-06. */
static inline void extract_plain(const char *text, vg_events *ev)
{
    extract_published(text, "2024-03-06", ev);
}

static int teardown(void **st)
{
    (void)st;
    vg_kb_free(kb);
    return 0;
}

#endif
