/*
 * vg_clean.c - article cleaning entry point (first version: plain text only).
 *
 * Copies the input, checks it is text and keeps a one-segment offset map.
 * The full cleaner (HTML parser, boilerplate scoring, junk-line
 * classification, Unicode normalisation) replaces this.
 */
#include "vigil.h"

#include <stdlib.h>
#include <string.h>

void vg_doc_free(vg_doc *doc)
{
    if (!doc)
        return;
    free(doc->title);
    free(doc->body);
    free(doc->map);
    memset(doc, 0, sizeof(*doc));
}

int vg_clean(const vg_limits *lim, const char *raw, size_t len, int mode, const char *charset,
             vg_doc *out)
{
    (void)mode;
    (void)charset;
    memset(out, 0, sizeof(*out));
    if (!lim || (!raw && len))
        return VG_EINVAL;
    if (len > lim->max_input_bytes)
        return VG_ETOOBIG;
    if (memchr(raw, 0, len))
        return VG_EUTF8;
    out->title = calloc(1, 1);
    out->body = malloc(len + 1);
    out->map = malloc(sizeof(*out->map));
    if (!out->title || !out->body || !out->map)
        goto fail;
    memcpy(out->body, raw, len);
    out->body[len] = 0;
    out->body_len = len;
    out->map[0] = (vg_span){0, 0, len};
    out->map_len = 1;
    memcpy(out->lang, "en", 3);
    if (len == 0) {
        vg_doc_free(out);
        return VG_EEMPTY;
    }
    return 0;
fail:
    vg_doc_free(out);
    return VG_ENOMEM;
}

void vg_doc_raw_range(const vg_doc *doc, size_t cs, size_t ce, size_t *rs, size_t *re)
{
    *rs = cs;
    *re = ce;
    (void)doc;
}
