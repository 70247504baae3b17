/*
 * vg_html.h - HTML page to body units: parse, find the article, linearise.
 */
#ifndef VG_HTML_H
#define VG_HTML_H

#include "vg_textclean.h"

typedef struct vg_html_result {
    vg_mbuf stage;  /* unit texts, mapped to raw offsets */
    vg_units units; /* candidate body units in document order */
    vg_mbuf title;  /* og:title, else <h1>, else <title> */
    unsigned repaired;
} vg_html_result;

/* Parse raw[0..len) (charset: VG_CS_* or -1 to sniff the page) and fill *res
 * with the units of the main content, cl giving the class/id words of
 * boilerplate and content.  Returns 0 or VG_EDEPTH, VG_ENODES, VG_ENOMEM,
 * VG_EOUTPUT, VG_EPARSE. */
int vg_html_extract(const struct vg_cleanlex *cl, const struct vg_limits *lim, const char *raw,
                    size_t len, int charset, vg_html_result *res);

void vg_html_result_free(vg_html_result *res);

/* 1 when raw[0..len) looks like an HTML page rather than text. */
int vg_html_sniff(const char *raw, size_t len);

#endif
