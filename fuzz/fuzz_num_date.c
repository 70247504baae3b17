/*
 * fuzz_num_date.c - libFuzzer harness for the token-level parsers: the
 * scanner (vg_scan), numbers (vg_num), dates (vg_date) and the raw-text
 * dateline finder, with and without a publication date.
 *
 * The knowledge base is loaded once from $VIGIL_KNOWLEDGE (default
 * "knowledge").  Every parse is checked: token ranges move forward and stay
 * inside the scan, values and calendar fields are in range, formatted dates
 * have a valid shape.
 */
#include "vg_date.h"
#include "vg_num.h"
#include "vg_scan.h"
#include "vigil.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static vg_kb *kb;

static void load_kb(void)
{
    char err[512];
    const char *dir = getenv("VIGIL_KNOWLEDGE");
    if (vg_kb_load(dir ? dir : "knowledge", &kb, err, sizeof(err)) < 0) {
        fprintf(stderr, "fuzz_num_date: %s\n", err);
        abort();
    }
}

static void check_date(const vg_scan *sc, size_t t, const vg_dateval *d)
{
    char buf[16];
    if (d->t0 != t || d->t1 <= t || d->t1 > sc->ntok)
        abort();
    if (d->prec < VG_DP_UNKNOWN || d->prec > VG_DP_DAY)
        abort();
    if (d->prec != VG_DP_UNKNOWN) {
        if (d->v.y < 1800 || d->v.y > 2200 || d->v.m < 1 || d->v.m > 12 || d->v.d < 1 ||
            d->v.d > 31)
            abort();
        vg_ymd_format(&d->v, d->prec, buf, sizeof(buf));
        size_t n = strlen(buf);
        if (n != 4 && n != 7 && n != 10)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vg_scan sc;
    vg_ymd pub = {2024, 2, 29};
    vg_ymd ref = {2023, 12, 31};
    if (!kb)
        load_kb();
    if (vg_scan_text(kb->dict, (const char *)data, size, 4096, &sc) != 0)
        return 0;
    for (size_t i = 0; i < sc.nsent; i++)
        if (sc.sent[i].t0 >= sc.sent[i].t1 || sc.sent[i].t1 > sc.ntok)
            abort();
    for (size_t t = 0; t < sc.ntok; t++) {
        vg_num n;
        vg_dateval d;
        if (vg_num_at(&sc, t, sc.ntok, &n)) {
            if (n.t0 != t || n.t1 <= t || n.t1 > sc.ntok || n.min < 0)
                abort();
            if (n.max >= 0 && n.max < n.min)
                abort();
        }
        if (vg_date_at(&sc, t, sc.ntok, &pub, NULL, &d))
            check_date(&sc, t, &d);
        if (vg_date_at(&sc, t, sc.ntok, NULL, &ref, &d))
            check_date(&sc, t, &d);
        if (vg_date_at(&sc, t, t + 1 <= sc.ntok ? t + 1 : sc.ntok, NULL, NULL, &d))
            check_date(&sc, t, &d);
    }
    vg_scan_free(&sc);
    vg_ymd dl;
    if (vg_date_dateline(kb->dict, (const char *)data, size, &dl) == 0 &&
        (dl.m < 1 || dl.m > 12 || dl.d < 1 || dl.d > 31))
        abort();
    return 0;
}
