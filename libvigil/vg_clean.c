/*
 * vg_clean.c - article cleaning entry point: sniff, dispatch, assemble.
 *
 * Pipeline: limits and binary check -> text path (vg_decode, then
 * vg_textclean line units) or HTML path (vg_html units) -> one shared
 * junk/body classifier (vg_textclean) -> assembly of kept units with
 * "\n\n" between paragraphs, NFC (utf8proc) applied word by word only where
 * a word is not already NFC-stable, so ASCII and common Latin text is copied
 * at memcpy speed and the offset map stays word-accurate -> language.
 * Every intermediate buffer is a vg_mbuf, so every clean byte keeps a raw
 * byte range; vg_doc_raw_range() answers from the final span list.
 */
#include "vigil.h"
#include "vg_charset.h"
#include "vg_decode.h"
#include "vg_html.h"
#include "vg_lang.h"
#include "vg_textclean.h"
#include "vg_utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

void vg_doc_free(vg_doc *doc)
{
    if (!doc)
        return;
    free(doc->title);
    free(doc->body);
    free(doc->map);
    memset(doc, 0, sizeof(*doc));
}

/* code points that NFC leaves alone whatever surrounds them (all NFC_QC=Yes
 * and never combining): Latin-1, Latin Extended-A/B, IPA, general
 * punctuation, currency, Cyrillic, CJK ideographs */
static int nfc_stable(uint32_t cp)
{
    return cp < 0x300 || (cp >= 0x400 && cp <= 0x482) || (cp >= 0x2010 && cp <= 0x2027) ||
           (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20BF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0xFFFD;
}

static size_t ascii_run(const char *s, size_t n);

static int word_stable(const char *s, size_t n)
{
    size_t i = 0, l;

    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i += ascii_run(s + i, n - i);
            continue;
        }
        if (!nfc_stable(vg_utf8_decode((const unsigned char *)s + i, n - i, &l)))
            return 0;
        i += l;
    }
    return 1;
}

static int put_nfc_word(vg_mbuf *out, const vg_mbuf *src, size_t a, size_t b)
{
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t r;
    size_t rs, re;
    int rc;

    if (word_stable(src->buf + a, b - a))
        return vg_mbuf_put_from(out, src, a, b);
    r = utf8proc_map((const utf8proc_uint8_t *)src->buf + a, (utf8proc_ssize_t)(b - a), &dst,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (r < 0) {
        free(dst);
        return vg_mbuf_put_from(out, src, a, b);
    }
    vg_mbuf_raw_range(src->spans, src->nspans, src->len, a, b, &rs, &re);
    rc = vg_mbuf_put(out, (const char *)dst, (size_t)r, rs, re - rs);
    free(dst);
    return rc;
}

/* length of the leading ASCII run of s[0..n), 16 bytes at a time with
 * SSE2, 8 with SWAR */
static size_t ascii_run(const char *s, size_t n)
{
    size_t i = 0;
    uint64_t x;

#ifdef __SSE2__
    while (i + 16 <= n) {
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
        if (m)
            return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
#endif
    while (i + 8 <= n) {
        memcpy(&x, s + i, 8);
        if (x & 0x8080808080808080ull)
            break;
        i += 8;
    }
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

/* append src[a..b) to out, NFC-normalising the words that need it */
static int put_nfc(vg_mbuf *out, const vg_mbuf *src, size_t a, size_t b)
{
    const char *s = src->buf;
    size_t i = a;
    int rc = 0;

    if (b <= a) /* also: an empty title has no buffer at all */
        return 0;
    if (word_stable(s + a, b - a)) /* the common case: nothing to normalise */
        return vg_mbuf_put_from(out, src, a, b);
    while (i < b && !rc) {
        size_t j = i + ascii_run(s + i, b - i), ws, we;
        if (j == b)
            return vg_mbuf_put_from(out, src, i, b);
        ws = j;
        while (ws > i && s[ws - 1] != ' ')
            ws--;
        we = j;
        while (we < b && s[we] != ' ')
            we++;
        rc = vg_mbuf_put_from(out, src, i, ws);
        if (!rc)
            rc = put_nfc_word(out, src, ws, we);
        i = we;
    }
    return rc;
}

static int assemble(const vg_mbuf *stage, const vg_units *us, vg_mbuf *body)
{
    int rc = 0;

    for (size_t i = 0; i < us->n && !rc; i++) {
        const vg_unit *u = &us->v[i];
        size_t rs, re;
        if (!u->keep || u->b <= u->a)
            continue;
        if (body->len) {
            vg_mbuf_raw_range(stage->spans, stage->nspans, stage->len, u->a, u->a, &rs, &re);
            rc = vg_mbuf_put(body, "\n\n", 2, rs, 0);
        }
        if (!rc)
            rc = put_nfc(body, stage, u->a, u->b);
    }
    return rc;
}

static int any_kept(const vg_units *us)
{
    for (size_t i = 0; i < us->n; i++)
        if (us->v[i].keep && us->v[i].b > us->v[i].a)
            return 1;
    return 0;
}

/* A plain-text article whose classifier kept nothing but that has sentences
 * (a one-line wire brief in title case, say "Gunmen killed a man in Tamou,
 * Niger, on Monday.") is its sentences: every unit that ends like a sentence
 * and has three words or more, furniture first excluded, then not.  Only
 * input with no sentence at all cleans to nothing. */
static void keep_sentences(vg_units *us)
{
    for (int pass = 0; pass < 2; pass++) {
        int kept = 0;
        for (size_t i = 0; i < us->n; i++) {
            vg_unit *u = &us->v[i];
            if (u->b > u->a && u->term && u->words >= 3 && (pass || u->cls != VG_UC_BAD)) {
                u->keep = 1;
                kept = 1;
            }
        }
        if (kept)
            return;
    }
}

static int set_title(vg_doc *out, const char *s, size_t n)
{
    vg_mbuf src, t;
    int rc;

    while (n && s[0] == ' ') {
        s++;
        n--;
    }
    while (n && s[n - 1] == ' ')
        n--;
    vg_mbuf_init(&src, n + 1);
    vg_mbuf_init(&t, 4 * n + 16);
    rc = vg_mbuf_put(&src, s, n, 0, n);
    if (!rc)
        rc = put_nfc(&t, &src, 0, src.len);
    if (!rc) {
        out->title = t.buf ? t.buf : calloc(1, 1);
        out->title_len = t.len;
        t.buf = NULL;
        rc = out->title ? 0 : VG_ENOMEM;
    }
    vg_mbuf_free(&src);
    vg_mbuf_free(&t);
    return rc;
}

static int clean_text(const vg_limits *lim, const char *raw, size_t len, int cs, vg_mbuf *stage,
                      vg_units *us, unsigned *repaired)
{
    vg_mbuf dec;
    vg_decoder d = {0};
    int rc;

    vg_mbuf_init(&dec, lim->max_input_bytes * 4 + 16);
    vg_mbuf_reserve(&dec, len + len / 8 + 64);
    vg_mbuf_reserve(stage, len + len / 8 + 64);
    d.charset = cs;
    d.entities = 1;
    d.at_space = 1;
    rc = vg_decode(&d, &dec, raw, len, 0);
    if (!rc)
        rc = vg_textclean_lines(&dec, stage, us);
    *repaired = d.repaired;
    vg_mbuf_free(&dec);
    return rc;
}

static int check_text(const char *raw, size_t len, int cs)
{
    vg_utf8_stats st;

    vg_utf8_scan(raw, len, &st);
    if (cs != VG_CS_UTF8)
        st.invalid = 0;
    return vg_utf8_is_binary(&st) ? VG_EUTF8 : 0;
}

int vg_clean(const vg_kb *kb, const vg_limits *lim, const char *raw, size_t len, int mode,
             const char *charset, vg_doc *out)
{
    vg_mbuf stage, body;
    vg_units us = {0};
    vg_html_result hr;
    size_t title = (size_t)-1;
    int rc, html, cs;

    if (!out)
        return VG_EINVAL;
    memset(out, 0, sizeof(*out));
    memset(&hr, 0, sizeof(hr));
    if (!kb || !kb->clean || !lim || (!raw && len) || mode < VG_CLEAN_AUTO || mode > VG_CLEAN_HTML)
        return VG_EINVAL;
    if (len > lim->max_input_bytes)
        return VG_ETOOBIG;
    if (!raw)
        raw = "";
    cs = charset ? vg_charset_from_label(charset, strlen(charset)) : -1;
    html = mode == VG_CLEAN_HTML || (mode == VG_CLEAN_AUTO && vg_html_sniff(raw, len));
    if (!html && cs < 0)
        cs = VG_CS_UTF8;
    rc = check_text(raw, len, cs < 0 ? VG_CS_UTF8 : cs);
    if (rc)
        return rc;
    vg_mbuf_init(&stage, lim->max_input_bytes * 4 + 16);
    vg_mbuf_init(&body, lim->max_output_bytes);
    if (html) {
        rc = vg_html_extract(kb->clean, lim, raw, len, cs, &hr);
        if (rc)
            goto fail;
        vg_mbuf_free(&stage);
        stage = hr.stage;
        us = hr.units;
        memset(&hr.stage, 0, sizeof(hr.stage));
        memset(&hr.units, 0, sizeof(hr.units));
        out->repaired = hr.repaired;
        out->from_html = 1;
    } else {
        vg_mbuf_reserve(&body, len + 64);
        rc = clean_text(lim, raw, len, cs, &stage, &us, &out->repaired);
        if (rc)
            goto fail;
    }
    rc =
        vg_textclean_classify(kb->clean, stage.buf ? stage.buf : "", &us, &title, &out->junk_lines);
    if (!rc && !html && !any_kept(&us)) {
        keep_sentences(&us);
        if (title != (size_t)-1 && us.v[title].keep)
            title = (size_t)-1; /* the one sentence is the body, not a title */
    }
    if (!rc)
        rc = assemble(&stage, &us, &body);
    if (rc)
        goto fail;
    if (html)
        rc = set_title(out, hr.title.buf ? hr.title.buf : "", hr.title.len);
    else if (title != (size_t)-1)
        rc = set_title(out, stage.buf + us.v[title].a, us.v[title].b - us.v[title].a);
    else
        rc = set_title(out, "", 0);
    if (rc)
        goto fail;
    if (!body.len) {
        rc = VG_EEMPTY;
        goto fail;
    }
    vg_lang_detect(kb->clean, body.buf, body.len, out->lang);
    out->body = body.buf;
    out->body_len = body.len;
    out->map = body.spans;
    out->map_len = body.nspans;
    memset(&body, 0, sizeof(body));
    rc = 0;
fail:
    vg_mbuf_free(&stage);
    vg_mbuf_free(&body);
    vg_units_free(&us);
    vg_html_result_free(&hr);
    if (rc) {
        unsigned rep = out->repaired;
        vg_doc_free(out);
        (void)rep;
    }
    return rc;
}

void vg_doc_raw_range(const vg_doc *doc, size_t cs, size_t ce, size_t *rs, size_t *re)
{
    size_t a = 0, b = 0;

    if (doc && doc->map_len)
        vg_mbuf_raw_range(doc->map, doc->map_len, doc->body_len, cs, ce, &a, &b);
    if (rs)
        *rs = a;
    if (re)
        *re = b;
}
