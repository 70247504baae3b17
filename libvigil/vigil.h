/*
 * vigil.h - public API of libvigil, the pure cleaning and extraction library.
 *
 * libvigil turns the bytes of one news article into a clean document and then
 * into typed events.  It is deliberately "pure": no Kafka, no JSON library, no
 * logging, no global mutable state.  Every function takes its inputs and
 * limits explicitly and returns 0 or a negative VG_E* code, so the daemon, the
 * command-line tool, the fuzzers and the benchmarks all run exactly the same
 * code.  Read-only knowledge (vg_kb) may be shared by any number of threads.
 *
 * Module headers:
 *   vg_clean.h   raw text / HTML  -> vg_doc (title, body, language, offset map)
 *   vg_kb.h      knowledge data files (gazetteer, actors, triggers) -> vg_kb
 *   vg_event.h   vg_doc + vg_kb -> vg_events
 */
#ifndef VIGIL_H
#define VIGIL_H

#include <stddef.h>
#include <stdint.h>

#define VG_VERSION "0.1.0"
#define VG_SCHEMA_VERSION "vigil.event/1"

/* Error codes: every libvigil function returns 0 or one of these. */
enum {
    VG_OK = 0,
    VG_EINVAL = -1,  /* bad argument or malformed input */
    VG_ENOMEM = -2,  /* allocation failed */
    VG_ETOOBIG = -3, /* input larger than limits.max_input_bytes */
    VG_EDEPTH = -4,  /* HTML nesting deeper than limits.max_dom_depth */
    VG_ENODES = -5,  /* more HTML nodes than limits.max_dom_nodes */
    VG_EUTF8 = -6,   /* not text even after repair (e.g. binary) */
    VG_EEMPTY = -7,  /* nothing left after cleaning */
    VG_EOUTPUT = -8, /* clean output larger than limits.max_output_bytes */
    VG_EIO = -9,     /* a knowledge file could not be read */
    VG_EKB = -10,    /* a knowledge file is malformed (see the error text) */
    VG_EPARSE = -11, /* a parser failed (HTML parser, etc.) */
};

/* Short stable name of an error code ("too_big", ...), used as the
 * dead-letter error class.  Never NULL. */
const char *vg_strerror(int err);

/* Caps on every input.  vg_limits_default() gives the safe defaults; the
 * daemon overrides them from its configuration.  Hitting a cap either fails
 * the article with a VG_E* code (input, DOM) or truncates and counts
 * (tokens, events: see vg_event.h). */
typedef struct vg_limits {
    size_t max_input_bytes;  /* raw article bytes (default 4 MiB) */
    size_t max_output_bytes; /* clean body bytes (default 1 MiB) */
    unsigned max_dom_depth;  /* HTML nesting (default 512) */
    unsigned max_dom_nodes;  /* HTML nodes (default 200000) */
    unsigned max_tokens;     /* tokens examined by extraction (default 200000) */
    unsigned max_events;     /* events per article (default 64) */
} vg_limits;

void vg_limits_default(vg_limits *lim);

/* 64-bit FNV-1a, used for stable ids (article ids, event ids). */
uint64_t vg_hash64(const void *data, size_t len, uint64_t seed);

#include "vg_clean.h"
#include "vg_kb.h"
#include "vg_event.h"

#endif
