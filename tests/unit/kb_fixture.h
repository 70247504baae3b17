/*
 * kb_fixture.h - cmocka group setup/teardown that load the real knowledge
 * directory once per suite (tests run from the repository root).  Included
 * by the extraction suites; each suite is its own binary, so the static
 * state below is per suite.
 */
#ifndef KB_FIXTURE_H
#define KB_FIXTURE_H

#include <stdio.h>

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

static int teardown(void **st)
{
    (void)st;
    vg_kb_free(kb);
    return 0;
}

#endif
