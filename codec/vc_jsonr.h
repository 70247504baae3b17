/*
 * vc_jsonr.h - a strict, single-pass JSON reader for input envelopes.
 *
 * Parsing envelopes with Jansson (a tree, a hash table, a copy of every
 * string, then a copy of the fields we keep) cost ~22 % of the per-article
 * CPU on 1.5 kB news articles.  An envelope needs only a few top-level
 * string fields, so this reader validates the whole document in one pass,
 * without recursion and without a tree, unescapes just the fields asked for
 * straight into one malloc'd buffer each, and skips every other value after
 * validating it.
 *
 * What it accepts is what json_loadb() of Jansson 2.14 accepts (RFC 8259,
 * strict UTF-8, no lone surrogate escapes, no NUL in keys, Jansson's own
 * nesting cap of 2048 where a scalar counts one level below its container),
 * and the strings are byte-identical to Jansson's, with three documented
 * differences (fuzz/fuzz_jsonr.c checks everything else against Jansson):
 * - numbers are checked against the grammar only: Jansson also rejected
 *   integers that overflow 64 bits and reals that overflow a double;
 * - a raw NUL byte is rejected wherever it is: Jansson's lexer lost one
 *   that came right after a number or true/false/null ("[1\0]" parsed);
 * - vc_jsonr_object() rejects duplicate keys of the top-level object only
 *   (as JSON_REJECT_DUPLICATES did), not those of nested objects, which it
 *   skips; vc_jsonr_check() checks no duplicates at all (as Jansson without
 *   JSON_REJECT_DUPLICATES).
 */
#ifndef VC_JSONR_H
#define VC_JSONR_H

#include <stddef.h>

enum {
    VC_JSONR_ESYNTAX = -120, /* not valid JSON; err says where and why */
    VC_JSONR_EDEPTH = -121,  /* arrays/objects nested deeper than max_depth */
    VC_JSONR_ENOMEM = -122,
};

/* What a kept top-level field held. */
enum { VC_JSONR_ABSENT = 0, VC_JSONR_NULL, VC_JSONR_STRING, VC_JSONR_OTHER };

typedef struct vc_jsonr_field {
    const char *key; /* in: the top-level key to keep */
    int type;        /* out: VC_JSONR_ABSENT, _NULL, _STRING or _OTHER */
    char *str;       /* out, STRING only: the unescaped value, NUL-terminated; caller frees */
    size_t len;      /* out, STRING only: its length (it may hold NULs from \u0000) */
} vc_jsonr_field;

/* vc_jsonr_check() flag: reject \u0000 in strings (Jansson without JSON_ALLOW_NUL). */
#define VC_JSONR_NO_NUL 1u

/* Parse buf[0..len) as one JSON object (whitespace around it allowed) and
 * fill the nf fields.  The top-level object counts as depth 1.  Returns 0,
 * or a VC_JSONR_E* code with a message in err (may be NULL); on error no
 * field holds a string. */
int vc_jsonr_object(const char *buf, size_t len, unsigned max_depth, vc_jsonr_field *fields,
                    size_t nf, char *err, size_t errlen);

/* Validate buf[0..len) as one JSON document whose top level is an array or
 * an object.  flags: 0 or VC_JSONR_NO_NUL.  Returns 0 or a VC_JSONR_E* code. */
int vc_jsonr_check(const char *buf, size_t len, unsigned max_depth, unsigned flags, char *err,
                   size_t errlen);

#endif
