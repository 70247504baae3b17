/*
 * vg_charset.c - charset labels, <meta> sniffing and the windows-1252 table.
 *
 * The sniffer is a bounded byte scan of the first 4 KB (as the HTML spec's
 * prescan), not a parse, so it costs nothing on large pages.
 */
#include "vg_charset.h"

#include <string.h>

/* 0x80..0x9F of windows-1252; the rest of the table is the identity. */
static const uint16_t cp1252_hi[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

uint32_t vg_charset_cp1252(unsigned char b)
{
    if (b >= 0x80 && b <= 0x9F)
        return cp1252_hi[b - 0x80];
    return b;
}

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

int vg_charset_from_label(const char *label, size_t len)
{
    static const char *const single[] = {
        "windows-1252", "cp1252",  "x-cp1252",    "iso-8859-1", "iso8859-1", "iso_8859-1",
        "latin1",       "latin-1", "iso-8859-15", "l1",         "ascii",     "us-ascii",
    };
    char buf[24];
    size_t i, k = 0;

    if (!label)
        return VG_CS_UTF8;
    while (len && (*label == ' ' || *label == '"' || *label == '\'')) {
        label++;
        len--;
    }
    for (i = 0; i < len && k + 1 < sizeof(buf); i++) {
        int c = (unsigned char)label[i];
        if (c == ' ' || c == '"' || c == '\'' || c == ';')
            break;
        buf[k++] = (char)lower(c);
    }
    buf[k] = 0;
    for (i = 0; i < sizeof(single) / sizeof(single[0]); i++)
        if (!strcmp(buf, single[i]))
            return VG_CS_CP1252;
    return VG_CS_UTF8;
}

int vg_charset_sniff_html(const char *s, size_t n)
{
    static const char key[] = "charset";
    size_t i, lim = n < 4096 ? n : 4096;

    for (i = 0; i + 8 < lim; i++) {
        size_t k, j;
        for (k = 0; k < 7 && lower((unsigned char)s[i + k]) == key[k]; k++)
            ;
        if (k < 7)
            continue;
        j = i + 7;
        while (j < lim && (s[j] == ' ' || s[j] == '\t'))
            j++;
        if (j >= lim || s[j] != '=')
            continue;
        j++;
        while (j < lim && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
            j++;
        return vg_charset_from_label(s + j, lim - j);
    }
    return VG_CS_UTF8;
}
