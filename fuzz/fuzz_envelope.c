/*
 * fuzz_envelope.c - libFuzzer harness for the input envelope decoder and the
 * whole pipeline behind it (decode, clean, extract, encode), the path every
 * untrusted Kafka message takes in vigild.  The knowledge base is loaded once
 * from ./knowledge (run from the repository root).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "vc_envelope.h"
#include "vc_pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static vg_kb *kb;

static void load_kb(void)
{
    char err[512];
    if (vg_kb_load("knowledge", &kb, err, sizeof(err)) < 0) {
        fprintf(stderr, "fuzz_envelope: knowledge: %s\n", err);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vc_envelope_limits lim = {1 << 20, 16};
    vc_envelope env;
    char err[256];
    if (!kb)
        load_kb();
    if (vc_envelope_decode((const char *)data, size, &lim, &env, err, sizeof(err)) == 0)
        vc_envelope_free(&env);
    vc_pipeline_opts opts;
    vc_pipeline_opts_default(&opts);
    opts.env = lim;
    opts.historical = size & 1;
    vc_result r;
    vc_pipeline_run(&opts, kb, (const char *)data, size, &r);
    vc_result_free(&r);
    return 0;
}
