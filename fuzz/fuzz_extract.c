/*
 * fuzz_extract.c - libFuzzer harness for vg_extract() (through vg_clean in
 * text mode, as the daemon runs it).
 *
 * The knowledge base is loaded once from $VIGIL_KNOWLEDGE (default
 * "knowledge", i.e. run from the source tree root).  The first input byte
 * picks the publication date (none, a fixed date, an RFC 3339 stamp) and
 * small limits so the token and event caps are exercised; the rest is the
 * article.  Every result is checked: event count within max_events, ranges
 * inside the body and the raw input, strings NUL-terminated, valid types,
 * dates well-formed.
 */
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
        fprintf(stderr, "fuzz_extract: %s\n", err);
        abort();
    }
}

static void check_str(const char *s, size_t cap)
{
    if (!memchr(s, 0, cap))
        abort();
}

static void check_event(const vg_event *e, const vg_doc *d, size_t raw_len)
{
    if (e->type <= VG_EV_NONE || e->type >= VG_EV__COUNT)
        abort();
    if (e->sent_start > e->sent_end || e->sent_end > d->body_len)
        abort();
    if (e->raw_start > e->raw_end || e->raw_end > raw_len)
        abort();
    check_str(e->subtype, sizeof(e->subtype));
    check_str(e->country, sizeof(e->country));
    check_str(e->location.name, sizeof(e->location.name));
    check_str(e->date.value, sizeof(e->date.value));
    check_str(e->date.text, sizeof(e->date.text));
    check_str(e->fatalities.text, sizeof(e->fatalities.text));
    check_str(e->claimed_by, sizeof(e->claimed_by));
    check_str(e->trigger, sizeof(e->trigger));
    size_t n = strlen(e->date.value);
    if (n != 0 && n != 4 && n != 7 && n != 10)
        abort();
    if (e->n_actors > VG_MAX_ACTORS || strlen(e->event_id) != 16)
        abort();
    for (unsigned i = 0; i < e->n_actors; i++) /* enums in range: the encoder indexes by them */
        if (e->actors[i].role <= VG_ROLE_NONE || e->actors[i].role >= VG_ROLE__COUNT ||
            e->actors[i].kind < VG_AK_NONE || e->actors[i].kind >= VG_AK__COUNT)
            abort();
    if (e->date.precision < VG_DP_UNKNOWN || e->date.precision > VG_DP_DAY ||
        e->location.precision < VG_LOC_COUNTRY || e->location.precision >= VG_LOC__COUNT ||
        e->fatalities.qualifier < VG_Q_EXACT || e->fatalities.qualifier >= VG_Q__COUNT ||
        e->arrests.qualifier < VG_Q_EXACT || e->arrests.qualifier >= VG_Q__COUNT)
        abort();
    if (e->confidence < 0 || e->confidence > 1)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const pubs[] = {NULL, "2025-05-16", "2021-01-03T10:00:00Z", "bogus"};
    vg_limits lim;
    vg_doc d;
    vg_events ev;
    if (!kb)
        load_kb();
    if (size < 1)
        return 0;
    vg_limits_default(&lim);
    lim.max_output_bytes = 1 << 16;
    if (data[0] & 0x10)
        lim.max_tokens = 1 + (data[0] & 0x0f) * 16;
    if (data[0] & 0x20)
        lim.max_events = 1 + (data[0] & 0x03);
    const char *raw = (const char *)data + 1;
    size_t len = size - 1;
    if (vg_clean(kb, &lim, raw, len, VG_CLEAN_TEXT, NULL, &d) != 0)
        return 0;
    vg_article art = {.id = "fuzz", .published = pubs[data[0] >> 6], .raw = raw, .raw_len = len};
    int rc = vg_extract(kb, &lim, &art, &d, &ev);
    if (rc == 0) {
        if (ev.n > lim.max_events)
            abort();
        for (size_t i = 0; i < ev.n; i++)
            check_event(&ev.v[i], &d, len);
    } else if (ev.n || ev.v) {
        abort(); /* on error nothing is returned */
    }
    vg_events_free(&ev);
    vg_doc_free(&d);
    return 0;
}
