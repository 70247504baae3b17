/*
 * vigil.c - library-wide helpers: error names, default limits, hashing.
 *
 * Kept tiny on purpose: anything module-specific lives in its own file pair.
 */
#include "vigil.h"

const char *vg_strerror(int err)
{
    switch (err) {
    case VG_OK:
        return "ok";
    case VG_EINVAL:
        return "invalid_input";
    case VG_ENOMEM:
        return "out_of_memory";
    case VG_ETOOBIG:
        return "too_big";
    case VG_EDEPTH:
        return "too_deep";
    case VG_ENODES:
        return "too_many_nodes";
    case VG_EUTF8:
        return "not_text";
    case VG_EEMPTY:
        return "empty";
    case VG_EOUTPUT:
        return "output_too_big";
    case VG_EIO:
        return "io_error";
    case VG_EKB:
        return "knowledge_error";
    case VG_EPARSE:
        return "parse_error";
    default:
        return "unknown_error";
    }
}

void vg_limits_default(vg_limits *lim)
{
    lim->max_input_bytes = 4u << 20;
    lim->max_output_bytes = 1u << 20;
    lim->max_dom_depth = 512;
    lim->max_dom_nodes = 200000;
    lim->max_tokens = 200000;
    lim->max_events = 64;
}

uint64_t vg_hash64(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ull ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    /* final avalanche (splitmix64) so short inputs spread over all bits */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}
