/*
 * fuzz_clean.c - libFuzzer harness for vg_clean().
 *
 * The first byte picks the mode (auto, text, HTML) and whether a
 * windows-1252 charset is declared; the rest is the article.  Limits are
 * small so that depth, node and output caps are exercised too.  Every
 * successful result is checked: NUL-terminated body, sorted offset map and
 * raw ranges inside the input.  The cleaner's word lists are read once from
 * $VIGIL_KNOWLEDGE/clean.tsv (default knowledge/, i.e. run from the source
 * tree root).
 */
#include "vigil.h"
#include "vg_cleanlex.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static vg_kb kb; /* the cleaner reads only its word lists */

static void load_lists(void)
{
    char path[4096], err[512];
    const char *dir = getenv("VIGIL_KNOWLEDGE");
    snprintf(path, sizeof(path), "%s/clean.tsv", dir ? dir : "knowledge");
    if (vg_cleanlex_load(path, &kb.clean, err, sizeof(err)) < 0) {
        fprintf(stderr, "fuzz_clean: %s\n", err);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vg_limits lim;
    vg_doc d;
    int mode, rc;
    const char *cs;

    if (size < 1)
        return 0;
    if (!kb.clean)
        load_lists();
    vg_limits_default(&lim);
    lim.max_dom_depth = 64 + (data[0] & 0x40);
    lim.max_dom_nodes = 20000;
    lim.max_output_bytes = 1 << 16;
    mode = data[0] % 3;
    cs = (data[0] & 0x80) ? "windows-1252" : NULL;
    rc = vg_clean(&kb, &lim, (const char *)data + 1, size - 1, mode, cs, &d);
    if (rc == 0) {
        size_t rs, re;
        if (d.body[d.body_len] != 0 || d.title[d.title_len] != 0)
            abort();
        for (size_t i = 1; i < d.map_len; i++)
            if (d.map[i].clean_off < d.map[i - 1].clean_off)
                abort();
        for (size_t i = 0; i < d.map_len; i++)
            if (d.map[i].raw_off + d.map[i].raw_len > size - 1)
                abort();
        vg_doc_raw_range(&d, 0, d.body_len, &rs, &re);
        if (rs > re || re > size - 1)
            abort();
    }
    vg_doc_free(&d);
    return 0;
}
