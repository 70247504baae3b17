/*
 * vg_kb.c - load the knowledge directory into one read-only vg_kb.
 *
 * Everything is built off to the side; on any error the partial base is
 * freed and nothing is returned, which is what makes reload all-or-nothing.
 * Files: gazetteer.tsv (vg_gaz), actors.tsv (vg_actor), lexicon.tsv
 * (vg_lex, the extraction lexicon) share one phrase dictionary; types.tsv
 * (vg_types) is the typing policy; clean.tsv (vg_cleanlex) the cleaner's
 * word lists.
 */
#include "vigil.h"
#include "vg_actor.h"
#include "vg_cleanlex.h"
#include "vg_dict.h"
#include "vg_gaz.h"
#include "vg_lex.h"
#include "vg_types.h"

#include <stdio.h>
#include <stdlib.h>

static int lex_kind(const void *val)
{
    return ((const vg_lex_entry *)val)->kind;
}

int vg_kb_load(const char *dir, vg_kb **out, char *err, size_t errlen)
{
    char path[4096];
    int rc = VG_ENOMEM;
    vg_kb *kb = calloc(1, sizeof(*kb));
    *out = NULL;
    if (!kb || !(kb->dict = vg_dict_new()))
        goto fail;
    vg_dict_set_masks(kb->dict, VG_TAG_LEX, lex_kind); /* the scan's marks (vg_scan) */
    snprintf(path, sizeof(path), "%s/gazetteer.tsv", dir);
    if ((rc = vg_gaz_load(path, kb->dict, &kb->gaz, err, errlen)) < 0)
        goto fail;
    snprintf(path, sizeof(path), "%s/actors.tsv", dir);
    if ((rc = vg_actors_load(path, kb->dict, &kb->actors, err, errlen)) < 0)
        goto fail;
    snprintf(path, sizeof(path), "%s/lexicon.tsv", dir);
    if ((rc = vg_lex_load(path, kb->dict, &kb->lex, err, errlen)) < 0)
        goto fail;
    snprintf(path, sizeof(path), "%s/types.tsv", dir);
    if ((rc = vg_types_load(path, &kb->types, err, errlen)) < 0)
        goto fail;
    snprintf(path, sizeof(path), "%s/clean.tsv", dir);
    if ((rc = vg_cleanlex_load(path, &kb->clean, err, errlen)) < 0)
        goto fail;
    *out = kb;
    return 0;
fail:
    if (rc == VG_ENOMEM && err && errlen)
        snprintf(err, errlen, "%s: out of memory", dir);
    vg_kb_free(kb);
    return rc;
}

void vg_kb_free(vg_kb *kb)
{
    if (!kb)
        return;
    vg_cleanlex_free(kb->clean);
    vg_types_free(kb->types);
    vg_lex_free(kb->lex);
    vg_actors_free(kb->actors);
    vg_gaz_free(kb->gaz);
    vg_dict_free(kb->dict);
    free(kb);
}
