/*
 * fuzz_httphead.c - libFuzzer harness for the HTTP request-head checker
 * (vd_httphead), the parser every byte a client sends to vigild's listener
 * meets first.  Checked properties: an OK head lies within the input and the
 * limit, ends in a blank line and holds its request target; a verdict on a
 * prefix never contradicts the verdict on the whole (a prefix is INCOMPLETE
 * or has the same verdict), so peeking again on more bytes is sound.
 */
#include "vd_httphead.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t max = 64 + data[0] * 16u; /* the first byte picks the limit */
    const char *buf = (const char *)data + 1;
    size--;
    vd_head h;
    vd_head_status full = vd_httphead_check(buf, size, max, &h);
    if (full == VD_HEAD_OK) {
        if (h.len == 0 || h.len > size || h.len > max || buf[h.len - 1] != '\n')
            abort();
        if (h.target_len == 0 || h.target_off + h.target_len > h.len)
            abort();
        (void)vd_httphead_path_is(buf, &h, "/healthz");
    } else if (full != VD_HEAD_INCOMPLETE && full != VD_HEAD_BAD && full != VD_HEAD_URI_TOO_LONG &&
               full != VD_HEAD_TOO_LARGE) {
        abort();
    }
    if (full == VD_HEAD_INCOMPLETE && size >= max)
        abort();
    for (size_t k = 0; k < size; k += 1 + k / 4) {
        vd_head_status part = vd_httphead_check(buf, k, max, NULL);
        if (part != VD_HEAD_INCOMPLETE && part != full)
            abort();
    }
    return 0;
}
